import BylineTestSupport
import Testing

@testable import BylineCore

/// Paragraph splitting skips trimming lines that cannot need it; the result
/// must be what trimming every line gives.
@Suite struct ParagraphsTests {
  /// The reference: every line trimmed Character by Character.
  static func reference(_ body: String) -> [String] {
    var paragraphs: [String] = []
    var current: [Substring] = []
    for bytes in body.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
      let trimmed = Substring(bytes).trimmingSpaces()
      if trimmed.isEmpty {
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        current = []
      } else {
        current.append(trimmed)
      }
    }
    if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
    return paragraphs
  }

  @Test("paragraphs equal those of trimming every line, for 5,000 random bodies")
  func matchesReference() {
    let alphabet: [String] = [
      "a", "Z", ".", " ", "\t", "\n", "\n", "\r", "\u{A0}", "\u{2003}", "é", "e\u{301}",
      "\u{301}", "”", "\u{600}", "x",
    ]
    for body in seededTexts(5_000, from: alphabet, seed: 0xBA_5E, minimumPieces: 3) {
      #expect(Paragraphs.split(body) == Self.reference(body), "\(body.debugDescription)")
    }
  }
}
