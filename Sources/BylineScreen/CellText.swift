/// Rules for what text may sit in a single cell.
enum CellText {
  /// At most this many scalars per cell (a base and a few combining marks);
  /// curses keeps only a handful, and 100 stacked marks must not blow up a draw.
  static let maximumScalars = 5

  /// The grapheme, or U+FFFD if it holds any control character.
  static func safe(_ character: Character) -> Character {
    for scalar in character.unicodeScalars {
      let value = scalar.value
      if value < 0x20 || (0x7F..<0xA0).contains(value) { return "\u{FFFD}" }
      if (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) {
        return "\u{FFFD}"
      }
    }
    return character
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
