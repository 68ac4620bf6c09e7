import Testing

@testable import BylineEntities

/// The tagger scores only tokens that may name someone and their neighbours
/// (`DocumentContext.scored`); every other token is `O`.
@Suite struct ScoredTokensTests {
  /// The texts of the scored tokens of `text`.
  private static func scoredWords(_ text: String) -> [String] {
    let document = Tokenizer().tokenize(text)
    let context = DocumentContext(document: document, gazetteer: .empty)
    return context.scored.map { document.text(ofToken: Int($0)) }
  }

  @Test("capitalised words and the words next to them are scored, the rest are not")
  func neighboursOfCapitals() {
    let words = Self.scoredWords(
      "officials of the interior ministry said on monday that Bank of America had agreed .")
    #expect(words == ["that", "Bank", "of", "America", "had"])
  }

  @Test("a word with a letter outside ASCII is scored even when it starts in lowercase")
  func nonASCIILetters() {
    #expect(Self.scoredWords("talks at the élysée ended") == ["the", "élysée", "ended"])
    // Typographic quotes and dashes are punctuation, not letters.
    #expect(Self.scoredWords("he said “no” — twice").isEmpty)
  }

  @Test("an all-lowercase text is all O, and a document of one capital is scored whole")
  func edges() throws {
    let recognizer = try #require(SharedFixtures.recognizer)
    let document = Tokenizer().tokenize("the board met on tuesday and agreed on nothing .")
    #expect(recognizer.tagger.tag(document).allSatisfy { $0 == 0 })
    #expect(Self.scoredWords("Reuters") == ["Reuters"])
    #expect(Self.scoredWords("").isEmpty)
  }

  @Test("the tokens left unscored hold almost none of the dev set's people and organizations")
  func devNamesAreScored() throws {
    guard let text = SharedFixtures.text("ner/conll2003-dev.txt") else { return }
    var tokens = 0
    var scored = 0
    var names = 0
    var unscoredNames: [String] = []
    for labeled in CoNLLCorpus.parse(Array(text.utf8)) {
      let context = DocumentContext(document: labeled.document, gazetteer: .empty)
      var isScored = [Bool](repeating: false, count: labeled.document.tokenCount)
      for index in context.scored { isScored[Int(index)] = true }
      tokens += isScored.count
      scored += context.scored.count
      for span in labeled.goldSpans where span.type == .person || span.type == .organization {
        for index in span.start..<span.end {
          names += 1
          if !isScored[index] { unscoredNames.append(labeled.document.text(ofToken: index)) }
        }
      }
    }
    print(
      "dev: \(scored) of \(tokens) tokens scored; \(unscoredNames.count) of \(names)"
        + " person and organization tokens not scored: \(unscoredNames)")
    #expect(scored * 10 < tokens * 6, "pruning skips over 40% of tokens")
    #expect(unscoredNames.count <= 3)
  }
}
