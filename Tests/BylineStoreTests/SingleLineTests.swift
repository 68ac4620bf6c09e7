import BylineTestSupport
import Testing

@testable import BylineStore

/// Header values are kept on one line; text with no separator is returned as it is.
@Suite struct SingleLineTests {
  @Test("values equal the scalar-by-scalar path for 5,000 random texts")
  func matchesReference() {
    let alphabet: [String] = [
      "a", "Z", " ", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}",
      "\u{A0}", "é", "—", "”", "\u{2027}", "\u{202A}", "日", "x",
    ]
    for text in seededTexts(5_000, from: alphabet, seed: 0x51_4E) {
      #expect(
        ArticleFile.singleLine(text) == ArticleFile.singleLineByScalars(text),
        "\(text.debugDescription)")
    }
    #expect(ArticleFile.singleLine("Title\u{2028}two") == "Title two")
  }
}
