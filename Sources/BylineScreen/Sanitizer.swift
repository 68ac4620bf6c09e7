/// Neutralises untrusted text (feed titles, bodies, names) before it becomes cells.
///
/// Article text is data, so nothing in it may reach the terminal as a command.
/// Escape sequences are removed by a real state machine (``EscapeFilter``): CSI
/// (`ESC [` … final byte), OSC (`ESC ]` … `BEL` or `ESC \`), DCS, SOS, PM and
/// APC (`ESC P|X|^|_` … `ESC \`), two-character `ESC` sequences and their 8-bit
/// C1 forms (U+009B CSI, U+009D OSC, U+0090 DCS, …). An *unterminated* string
/// sequence ends at the next line break or after ``EscapeFilter/maximumStringLength``
/// scalars, so it cannot swallow the rest of the article. Every other control
/// becomes a visible symbol: U+2400…U+241F (`␀` … `␛` … `␟`) for C0, `␡` for DEL
/// and U+FFFD for C1. Bidi embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069) and the BOM (U+FEFF) are removed. At most
/// ``maximumCombiningMarks`` combining marks are kept on one base.
///
/// Both functions run in linear time and accept any `String` (Swift strings
/// hold only valid scalars; decoding invalid UTF-8 or Latin-1 must happen
/// *before* this, so a raw `0x9B` byte arrives here as U+009B and is filtered).
public enum Sanitizer {
  /// The most combining marks kept on one base character; the rest are dropped.
  public static let maximumCombiningMarks = 4

  /// Columns between tab stops when ``displayText(_:)`` expands TAB.
  public static let tabWidth = 8

  /// Text for a multi-line body: keeps `\n`, expands TAB, normalises line ends.
  ///
  /// CR LF and a lone CR become `\n`, as do U+0085 (NEL) and U+2028; U+2029
  /// (paragraph separator) becomes a blank line. TAB becomes spaces up to the
  /// next multiple of ``tabWidth`` columns from the start of its line.
  ///
  /// - Returns: text in which the only control character is `\n`.
  public static func displayText(_ s: String) -> String {
    isAlreadyDisplayText(s) ? s : filteredDisplayText(s)
  }

  /// `displayText` without the fast path: every scalar through the filter.
  static func filteredDisplayText(_ s: String) -> String {
    var output = SanitizedOutput(singleLine: false)
    var filter = EscapeFilter()
    for scalar in s.unicodeScalars { filter.feed(scalar, into: &output) }
    filter.finish(into: &output)
    return output.result
  }

  /// True when `displayText` would return `s` unchanged.
  ///
  /// That is: no controls but `\n` (no CR or TAB), nothing to remove or
  /// replace, no run of more than ``maximumCombiningMarks`` marks. One pass
  /// without allocating; most article text passes, so sanitising costs little.
  public static func isAlreadyDisplayText(_ s: String) -> Bool {
    var marks = 0
    for scalar in s.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        guard value >= 0x20 && value != 0x7F || value == 0x0A else { return false }
        marks = 0
        continue
      }
      switch value {
      case 0x80...0x9F, 0x2028...0x202E, 0x2066...0x2069, 0xFEFF, 0xFDD0...0xFDEF:
        return false
      default:
        if value & 0xFFFE == 0xFFFE { return false }
      }
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark:
        marks += 1
        if marks > maximumCombiningMarks { return false }
      default:
        if value != 0x200D { marks = 0 }
      }
    }
    return true
  }

  /// Text for one line (a title, header, status): as ``displayText(_:)``, but
  /// every line break and TAB becomes a space, runs of spaces collapse to one,
  /// and leading and trailing spaces are trimmed.
  ///
  /// - Returns: text without any control character.
  public static func singleLine(_ s: String) -> String {
    isAlreadySingleLine(s) ? s : filteredSingleLine(s)
  }

  /// True when `singleLine` would return `s` unchanged.
  ///
  /// That is display text (see ``isAlreadyDisplayText(_:)``) without line
  /// breaks, leading or trailing spaces or runs of spaces. Titles and sources drawn on every frame of the
  /// list usually pass, so redrawing the list costs one scan per row.
  static func isAlreadySingleLine(_ s: String) -> Bool {
    var previousWasSpace = true  // A leading space fails too.
    for byte in s.utf8 {
      if byte == 0x0A { return false }
      if byte == 0x20 {
        if previousWasSpace { return false }
        previousWasSpace = true
      } else {
        previousWasSpace = false
      }
    }
    return (s.isEmpty || !previousWasSpace) && isAlreadyDisplayText(s)
  }

  /// `singleLine` without the fast path: every scalar through the filter.
  static func filteredSingleLine(_ s: String) -> String {
    var output = SanitizedOutput(singleLine: true)
    var filter = EscapeFilter()
    for scalar in s.unicodeScalars { filter.feed(scalar, into: &output) }
    filter.finish(into: &output)
    return output.result
  }

  /// Whether `scalar` must never be written raw to a terminal: C0 and C1
  /// controls, DEL, bidi overrides and isolates, line/paragraph separators.
  ///
  /// The same rule keeps such scalars out of screen cells; plain-text and
  /// JSON output use it to escape or replace them.
  public static func isUnsafeForTerminal(_ scalar: Unicode.Scalar) -> Bool {
    CellText.isForbidden(scalar)
  }

  /// The visible stand-in for a control scalar that is not handled otherwise.
  ///
  /// C0 controls map to the Control Pictures block (U+2400 + code, so ESC is
  /// `␛`), DEL to `␡` (U+2421) and C1 controls to U+FFFD.
  public static func visibleSymbol(for scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    if value < 0x20 { return Unicode.Scalar(0x2400 + value) ?? "\u{FFFD}" }
    if value == 0x7F { return "\u{2421}" }
    return "\u{FFFD}"
  }
}
