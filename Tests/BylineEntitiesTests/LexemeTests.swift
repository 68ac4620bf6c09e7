import Testing

@testable import BylineEntities

/// The ASCII fast path of `LexicalAnalyzer` must give exactly the lexemes of
/// the general path: every feature hash, and so every tag, depends on them.
@Suite struct LexemeTests {
  private static let tokens = [
    "the", "The", "THE", "a", "A", "I", "U.S.", "Mr.", "Huawei-US", "Huawei-", "-US", "a-b-c",
    "non-entity", "e-mail", "x--y", "---", "-", "AT&T", "1,000", "1996-08-30", "3.5", "McDonald",
    "iPhone", "eBay", "aBc", "ABc", "McD's", "'s", "O'Neill", "Xx", "xX", "aaaa", "aaaaa",
    "AAAAAA", "ab12CD", "Ab-Cd-Ef", "@user", "http://x.co", "_", "\t", "..", "(", "9",
  ]

  /// Both paths' lexemes for `token`.
  private func lexemes(_ token: String) -> (fast: Lexeme, general: Lexeme) {
    let bytes = Array(token.utf8)
    let analyzer = LexicalAnalyzer()
    return bytes.withUnsafeBufferPointer { buffer in
      let target = UnsafeMutablePointer<Lexeme>.allocate(capacity: 1)
      defer { target.deallocate() }
      analyzer.analyze(buffer, 0, buffer.count, into: target)
      let fast = target.move()
      return (fast, analyzer.analyzeAny(buffer, 0, buffer.count))
    }
  }

  @Test("the ASCII fast path matches the general analysis", arguments: tokens)
  func asciiMatchesGeneral(token: String) {
    let (fast, general) = lexemes(token)
    #expect(fast == general)
  }

  @Test("prefixes, suffixes and hyphen parts hash the lowercase bytes")
  func parts() {
    let lexeme = lexemes("Huawei-US").fast
    #expect(lexeme.lower == FeatureHash.string("huawei-us"))
    #expect(lexeme.prefix2 == FeatureHash.string("hu"))
    #expect(lexeme.suffix3 == FeatureHash.string("-us"))
    #expect(lexeme.suffix4 == FeatureHash.string("i-us"))
    #expect(lexeme.hyphenFirst == FeatureHash.string("huawei"))
    #expect(lexeme.hyphenLast == FeatureHash.string("us"))
    #expect(lexeme.casing == .mixedCap)
    let short = lexemes("Al").fast
    #expect(short.prefix4 == FeatureHash.string("al") && short.suffix4 == short.suffix2)
    #expect(lexemes("x-").fast.hyphenFirst == 0 && lexemes("-x").fast.hyphenLast == 0)
  }
}
