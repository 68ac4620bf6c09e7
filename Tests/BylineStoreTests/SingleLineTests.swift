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
    var seed: UInt64 = 0x51_4E
    for _ in 0..<5_000 {
      var text = ""
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      for _ in 0..<(Int(seed >> 60) + 1) {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += alphabet[Int(seed >> 33) % alphabet.count]
      }
      #expect(
        ArticleFile.singleLine(text) == ArticleFile.singleLineByScalars(text),
        "\(text.debugDescription)")
    }
    #expect(ArticleFile.singleLine("Title\u{2028}two") == "Title two")
  }
}
