import Foundation
import Testing

@testable import BylineCurses

/// The glyphs must have `wcwidth`s adding up to the grid width, so curses and
/// the terminal agree about the cursor.
@Suite struct CursesGlyphTests {
  init() {
    setlocale(LC_ALL, "C.UTF-8")
  }

  private func text(_ glyphs: [[wchar_t]]) -> [String] {
    glyphs.map { glyph in
      String(String.UnicodeScalarView(glyph.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
    }
  }

  @Test(
    "each grapheme becomes glyphs curses can place",
    arguments: [
      ("a", 1, ["a"]), ("世", 2, ["世"]), ("e\u{301}", 1, ["e\u{301}"]),
      ("👍🏽", 2, ["👍"]), ("👨\u{200D}👩\u{200D}👧", 2, ["👨"]), ("🇺🇸", 2, ["U", "S"]),
      ("❤\u{FE0F}", 2, ["❤", " "]), ("😀\u{FE0F}", 2, ["😀\u{FE0F}"]),
      ("e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}", 1, ["e\u{301}\u{302}\u{303}\u{304}"]),
      ("\u{1B}", 1, ["\u{FFFD}"]), ("", 1, [" "]),
    ] as [(String, Int, [String])])
  func glyphs(content: String, columns: Int, expected: [String]) {
    let glyphs = CursesGlyph.glyphs(for: content, columns: columns)
    #expect(text(glyphs) == expected)
    let total = glyphs.map { glyph in
      glyph.reduce(0) { sum, scalar in
        sum + max(0, CursesGlyph.width(Unicode.Scalar(UInt32(bitPattern: scalar)) ?? " "))
      }
    }.reduce(0, +)
    #expect(total == columns)
  }
}
