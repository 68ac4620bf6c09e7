import Testing

@testable import BylineStore

/// The ASCII fast path of `ArticleIdentity.normalized` must give the ids the general path gives.
@Suite struct ArticleIdentityFastPathTests {
  @Test("ASCII text normalises exactly as the Unicode path does", arguments: 0..<200)
  func asciiMatchesUnicodePath(seed: Int) {
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
    let alphabet: [UInt8] = Array(" \t\n\r\u{0B}\u{0C}ab Z.,\u{1C}\u{1F}\u{7F}\u{01}-".utf8)
    var bytes: [UInt8] = []
    for _ in 0..<(seed % 40) {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      bytes.append(alphabet[Int(state >> 33) % alphabet.count])
    }
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(ArticleIdentity.normalized(text) == ArticleIdentity.unicodeNormalized(text))
  }

  @Test(
    "Latin and punctuation text normalises exactly as the Unicode path does", arguments: 0..<200)
  func stableScalarsMatchUnicodePath(seed: Int) {
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 7
    let alphabet: [Unicode.Scalar] = [
      0x20, 0x09, 0x0A, 0x0D, 0x85, 0xA0, 0x61, 0xE9, 0x141, 0x2019, 0x201C, 0x2014, 0x2026,
      0x2E, 0x2C, 0x1F, 0x2D, 0x2FF, 0x2027, 0x2030, 0x205E,
    ].compactMap(Unicode.Scalar.init)
    var text = String.UnicodeScalarView()
    for _ in 0..<(seed % 40) {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      text.append(alphabet[Int(state >> 33) % alphabet.count])
    }
    let string = String(text)
    #expect(ArticleIdentity.normalized(string) == ArticleIdentity.unicodeNormalized(string))
  }

  @Test(
    "text mixing stable scalars with others (combining marks, CJK, emoji, wide spaces) normalises as the Unicode path does",
    arguments: 0..<200)
  func mixedScalarsMatchUnicodePath(seed: Int) {
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 11
    let alphabet: [Unicode.Scalar] = [
      0x20, 0x0A, 0xA0, 0x61, 0xE9, 0x2019, 0x301, 0x2028, 0x2029, 0x3000, 0x4E2D, 0x1F600,
      0x200B, 0x1680, 0x65, 0x2060, 0x205F, 0x202F,
    ].compactMap(Unicode.Scalar.init)
    var text = String.UnicodeScalarView()
    for _ in 0..<(seed % 40) {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      text.append(alphabet[Int(state >> 33) % alphabet.count])
    }
    let string = String(text)
    #expect(ArticleIdentity.normalized(string) == ArticleIdentity.unicodeNormalized(string))
  }

  @Test("bodies normalise in one pass exactly as paragraph by paragraph", arguments: 0..<2_000)
  func bodyMatchesParagraphPath(seed: Int) {
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 13
    let pieces: [String] = [
      "a", "Z", ".", " ", "  ", "\t", "\n", "\n", "\n\n", "\r\n", "\r", " \t\n", "\u{A0}",
      "\u{85}", "é", "’", "—", "\u{FEFF}", "e\u{301}", "中", "\u{2028}", "x y", "\u{0B}",
    ]
    var body = seed % 5 == 0 ? "\u{FEFF}\u{FEFF}" : ""
    for _ in 0..<(seed % 60) {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let pick = Int(state >> 33) % (seed % 3 == 0 ? pieces.count : 16)
      body += pieces[pick]
    }
    #expect(
      ArticleIdentity.normalizedBody(body) == ArticleIdentity.normalizedBodyByParagraphs(body),
      "\(body.debugDescription)")
  }

  @Test("the byte-level path knows exactly which stable scalars are whitespace")
  func stableWhitespaceSet() {
    for value in UInt32(0)..<0x2060 {
      guard let scalar = Unicode.Scalar(value), ArticleIdentity.isStableSingleScalar(scalar)
      else { continue }
      let text = "a" + String(Character(scalar)) + "b"
      let expected = scalar.properties.isWhitespace ? "a b" : text
      #expect(
        ArticleIdentity.collapsedStable(text.utf8) == expected, "U+\(String(value, radix: 16))")
    }
  }

  @Test("non-ASCII text still goes through NFC")
  func nonASCII() {
    #expect(ArticleIdentity.normalized("Cafe\u{301}  x") == "Caf\u{E9} x")
  }
}
