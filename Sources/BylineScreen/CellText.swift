/// Rules for what text may sit in a single cell.
///
/// The last line of defence: ``Sanitizer`` has already made controls visible,
/// but a view might write raw text, so a cell never holds a control character,
/// a bidi override or an unbounded stack of combining marks.
enum CellText {
  /// At most this many scalars per cell: a base and four combining marks.
  ///
  /// (Or a short ZWJ sequence.) 100 stacked marks must not blow up a draw.
  static let maximumScalars = 5

  /// The grapheme, or U+FFFD if it holds a control or bidi control character.
  static func safe(_ character: Character) -> Character {
    for scalar in character.unicodeScalars where isForbidden(scalar) {
      return "\u{FFFD}"
    }
    return character
  }

  /// Whether a scalar may never be sent to the terminal inside a cell.
  static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return true }
    if (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) { return true }
    return value == 0x2028 || value == 0x2029
  }

  /// Whether a zero-width grapheme is a combining mark that joins the cell to its left.
  ///
  /// Zero-width graphemes that are not marks (a lone zero-width space, a BOM)
  /// are dropped instead.
  static func combines(_ character: Character) -> Bool {
    guard let first = character.unicodeScalars.first else { return false }
    switch first.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .spacingMark: return true
    default: return first.value == 0x200D  // ZWJ continues a sequence.
    }
  }

  /// The text trimmed to `maximumScalars` scalars.
  static func capped(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard scalars.count > maximumScalars else { return text }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars.prefix(maximumScalars))
    return String(result)
  }
}
