import Glibc
import Testing

@testable import BylineScreen

/// Compares ``DisplayWidth`` with glibc's `wcwidth`, which ncurses uses.
///
/// Deliberate differences, skipped here and pinned by `DisplayWidthTests`:
/// controls and U+2028/U+2029 (glibc -1, we 0); scalars glibc does not know
/// (-1, unassigned in its Unicode version, or assigned after Unicode 14.0);
/// and scalars whose general category changed after 14.0 (Swift's Unicode
/// data is newer), listed in `categoryChangedSince14`.
@Suite struct DisplayWidthGlibcTests {
  /// glibc's `wcwidth`, found with `dlsym` because the Glibc module hides its
  /// declaration (it needs `_XOPEN_SOURCE`).
  private let wcwidth: @convention(c) (Int32) -> Int32

  init() throws {
    setlocale(LC_ALL, "C.UTF-8")
    let symbol = try #require(dlsym(nil, "wcwidth"))
    wcwidth = unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
  }

  /// U+1171E AHOM CONSONANT SIGN MEDIAL RA: Mn in Unicode 14, Mc since 15.
  private static let categoryChangedSince14: Set<UInt32> = [0x1171E]

  @Test(
    "every scalar glibc knows has the same width in both",
    arguments: [
      0x0000..<0x3000, 0x3000..<0xD800, 0xE000..<0x20000, 0x20000..<0x32000, 0xE0000..<0xE0200,
    ] as [Range<UInt32>])
  func agreesWithWcwidth(range: Range<UInt32>) {
    var compared = 0
    var mismatches: [String] = []
    for value in range {
      guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age,
        age.major < 14 || (age.major == 14 && age.minor == 0)
      else { continue }
      if Self.categoryChangedSince14.contains(value) { continue }
      let expected = Int(wcwidth(Int32(bitPattern: value)))
      guard expected >= 0 else { continue }
      compared += 1
      if DisplayWidth.of(scalar) != expected, mismatches.count < 20 {
        mismatches.append(
          String(value, radix: 16) + ": glibc \(expected), ours \(DisplayWidth.of(scalar))")
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
    #expect(compared > 0)
  }

  @Test(
    "text without emoji sequences has glibc's wcswidth",
    arguments: [
      "Hello, world", "Café crème", "日本語のテキスト", "한국어 텍스트", "हिन्दी में लेख", "ภาษาไทย",
      "Zürich — “quotes”", "e\u{301}\u{302} a\u{20DD}", "ｆｕｌｌ", "Ελληνικά עברית العربية",
    ])
  func agreesWithWcswidth(text: String) {
    let expected = text.unicodeScalars.reduce(0) { $0 + Int(wcwidth(Int32(bitPattern: $1.value))) }
    #expect(DisplayWidth.of(text) == expected)
  }

  @Test("the deliberate differences are only the ones documented")
  func documentedDifferences() {
    #expect(wcwidth(0x1B) == -1)
    #expect(DisplayWidth.of("\u{1B}" as Unicode.Scalar) == 0)
    #expect(wcwidth(0x2028) == -1)
    #expect(DisplayWidth.of("\u{2028}" as Unicode.Scalar) == 0)
    // A flag is one spacing scalar per indicator in glibc; as a grapheme it is 2.
    #expect(wcwidth(0x1F1FA) == 1)
    #expect(DisplayWidth.of(Character("🇺🇸")) == 2)
  }
}
