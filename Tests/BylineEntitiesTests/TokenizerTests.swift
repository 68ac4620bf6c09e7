import Testing

@testable import BylineEntities

@Suite struct TokenizerTests {
  /// The tokens of `text` as strings.
  private func tokens(_ text: String) -> [String] {
    let document = Tokenizer().tokenize(text)
    return (0..<document.tokenCount).map { document.text(ofToken: $0) }
  }

  @Test("possessives split off, with exact UTF-8 offsets")
  func possessiveOffsets() {
    let text = "Joe Biden’s tenure and TechRadar Pro's team"
    let document = Tokenizer().tokenize(text)
    #expect(
      tokens(text) == ["Joe", "Biden", "’s", "tenure", "and", "TechRadar", "Pro", "'s", "team"])
    #expect(document.tokenStarts[1] == 4 && document.tokenEnds[1] == 9)
    #expect(document.tokenStarts[2] == 9 && document.tokenEnds[2] == 13)
    #expect(document.tokenStarts[6] == 35 && document.tokenEnds[6] == 38)
  }

  @Test("hyphenated compounds stay whole; dashes and quotes are tokens")
  func hyphensDashesQuotes() {
    #expect(tokens("Huawei-US relations") == ["Huawei-US", "relations"])
    #expect(
      tokens("its Honor subsidiary – in part") == ["its", "Honor", "subsidiary", "–", "in", "part"])
    #expect(tokens("the US ‘non-entity’ list") == ["the", "US", "‘", "non-entity", "’", "list"])
    #expect(tokens("would 'welcome' “calls”") == ["would", "'", "welcome", "'", "“", "calls", "”"])
  }

  @Test("abbreviations and initials keep their period")
  func abbreviations() {
    #expect(tokens("for U.S. companies") == ["for", "U.S.", "companies"])
    #expect(
      tokens("Mr. Smith of Acme Inc. said") == ["Mr.", "Smith", "of", "Acme", "Inc.", "said"])
    #expect(tokens("J. R. Smith left.") == ["J.", "R.", "Smith", "left", "."])
  }

  @Test("URLs, e-mail addresses and numbers are single tokens")
  func urlsEmailsNumbers() {
    #expect(
      tokens("see https://example.com/a?b=1, now") == [
        "see", "https://example.com/a?b=1", ",", "now",
      ])
    #expect(tokens("mail jo.doe@example.org.") == ["mail", "jo.doe@example.org", "."])
    #expect(tokens("paid $1,000.50 on 5G") == ["paid", "$", "1,000.50", "on", "5G"])
  }

  @Test("non-ASCII letters stay inside words")
  func nonASCII() {
    let text = "Zoë Ångström met Søren"
    let document = Tokenizer().tokenize(text)
    #expect(tokens(text) == ["Zoë", "Ångström", "met", "Søren"])
    #expect(document.tokenStarts[1] == 5 && document.tokenEnds[1] == 15)
  }

  @Test("sentences split at line breaks and at final punctuation before a capital")
  func sentences() {
    let document = Tokenizer().tokenize(
      "Title line\n\nHe left. She said “yes.” Then the U.S. team won.")
    let starts = document.sentenceStarts.map { document.text(ofToken: Int($0)) }
    #expect(starts == ["Title", "He", "She", "Then"])
  }

  @Test("control characters and a 1 MB word are handled quickly")
  func pathological() {
    let garbage = "a\u{0}b\u{7}\u{1B}[31mred\r\n" + String(repeating: "x", count: 1 << 20)
    let document = Tokenizer().tokenize(garbage)
    #expect(document.tokenCount >= 3)
    #expect(Tokenizer().tokenize("").tokenCount == 0)
    #expect(Tokenizer().tokenize(" \n\t ").tokenCount == 0)
  }
}
