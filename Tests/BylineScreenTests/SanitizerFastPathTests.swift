import Testing

@testable import BylineScreen

/// `displayText` skips the filter for text it would not change; it must agree with the filter.
@Suite struct SanitizerFastPathTests {
  /// Scalars chosen to hit every branch: plain, controls, marks, bidi, BOM, noncharacters.
  static let alphabet: [Unicode.Scalar] = [
    0x61, 0x5A, 0x20, 0x0A, 0x0D, 0x09, 0x1B, 0x5B, 0x7F, 0x85, 0x9B, 0xE9, 0x301, 0x20DD,
    0x200D, 0x2028, 0x2029, 0x202E, 0x2067, 0xFEFF, 0xFDD0, 0xFFFE, 0x1FFFF, 0x2019, 0x2014,
    0x65E5, 0x1F44D,
  ].compactMap(Unicode.Scalar.init)

  /// 20,000 random texts from `alphabet` (mostly plain letters, so that many
  /// take the fast path), seeded.
  static func randomTexts(seed start: UInt64) -> [String] {
    var seed = start
    func next() -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: seed >> 33)
    }
    return (0..<20_000).map { _ in
      var text = String.UnicodeScalarView()
      for _ in 0..<(next() % 12) {
        let pick = next() % 40
        text.append(pick < alphabet.count ? alphabet[pick] : "x")
      }
      return String(text)
    }
  }

  @Test("the fast path returns exactly what the full filter returns, for 20,000 random texts")
  func fastPathAgreesWithFilter() {
    var fastPathTaken = 0
    for string in Self.randomTexts(seed: 0x5EED) {
      if Sanitizer.isAlreadyDisplayText(string) { fastPathTaken += 1 }
      #expect(
        Sanitizer.displayText(string) == Sanitizer.filteredDisplayText(string),
        "\(string.debugDescription)")
    }
    #expect(fastPathTaken > 1_000)
  }

  @Test(
    "singleLine's fast path returns exactly what the full filter returns, for 20,000 random texts")
  func singleLineFastPathAgreesWithFilter() {
    var fastPathTaken = 0
    for string in Self.randomTexts(seed: 0x51_4E61E) {
      if Sanitizer.isAlreadySingleLine(string) { fastPathTaken += 1 }
      #expect(
        Sanitizer.singleLine(string) == Sanitizer.filteredSingleLine(string),
        "\(string.debugDescription)")
    }
    #expect(fastPathTaken > 1_000)
    #expect(!Sanitizer.isAlreadySingleLine(" a") && !Sanitizer.isAlreadySingleLine("a "))
    #expect(!Sanitizer.isAlreadySingleLine("a  b") && Sanitizer.isAlreadySingleLine("a b"))
  }

  @Test("five combining marks on one letter leave the fast path; four stay on it")
  func markCap() {
    #expect(Sanitizer.isAlreadyDisplayText("e\u{301}\u{301}\u{301}\u{301}"))
    #expect(!Sanitizer.isAlreadyDisplayText("e\u{301}\u{301}\u{301}\u{301}\u{301}"))
  }
}
