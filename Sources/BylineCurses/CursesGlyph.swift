import BylineScreen
import CNcurses

/// What to hand `setcchar` for one cell's grapheme, so curses and the grid agree on width.
///
/// ncurses places characters by the C library's `wcwidth`, and `setcchar`
/// accepts one spacing character followed only by zero-width ones. A grapheme
/// the grid counts differently, or one made of several spacing characters,
/// would make curses and the terminal disagree about the cursor. So each cell
/// becomes one or two *glyphs*, each a spacing scalar plus at most four
/// zero-width marks, whose `wcwidth`s add up to the cell's grid width:
/// - the usual case: the grapheme itself (marks beyond four dropped);
/// - ZWJ sequences and skin-tone modifiers: the first emoji alone (its width is 2);
/// - a text-default emoji with VS16 (grid width 2, `wcwidth` 1): the base
///   without VS16, then a space;
/// - a flag (two regional indicators): the two ASCII letters, e.g. `US`;
/// - anything `wcwidth` does not know (-1, e.g. newer than the C library): U+FFFD.
enum CursesGlyph {
  /// The most zero-width scalars kept after the base.
  static let maximumMarks = 4

  /// The glyphs for a cell whose grid width is `columns` (1 or 2).
  static func glyphs(for content: String, columns: Int) -> [[wchar_t]] {
    let scalars = Array(content.unicodeScalars)
    guard let base = scalars.first else { return [[0x20]] }
    if columns == 2, scalars.count >= 2, isRegionalIndicator(base),
      isRegionalIndicator(scalars[1])
    {
      return [[letter(base)], [letter(scalars[1])]]
    }
    let baseWidth = width(base)
    guard baseWidth >= 1, baseWidth <= columns else {
      return columns == 2 ? [[0xFFFD], [0x20]] : [[0xFFFD]]
    }
    var glyph = [wchar_t(bitPattern: base.value)]
    for scalar in scalars.dropFirst() {
      guard width(scalar) == 0, glyph.count <= maximumMarks else { break }
      if scalar.value == 0x200D { break }  // A ZWJ sequence: keep the first emoji only.
      if scalar.value == 0xFE0F, baseWidth == 1 { continue }
      glyph.append(wchar_t(bitPattern: scalar.value))
    }
    return baseWidth < columns ? [glyph, [0x20]] : [glyph]
  }

  /// `wcwidth` of one scalar (-1 for controls and scalars the C library does not know).
  static func width(_ scalar: Unicode.Scalar) -> Int {
    Int(byline_wcwidth(wchar_t(bitPattern: scalar.value)))
  }

  private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
    (0x1F1E6...0x1F1FF).contains(scalar.value)
  }

  private static func letter(_ indicator: Unicode.Scalar) -> wchar_t {
    wchar_t(0x41 + indicator.value - 0x1F1E6)
  }
}
