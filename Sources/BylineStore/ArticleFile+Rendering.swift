extension ArticleFile {
  /// The file's text: header lines, a blank line, the body, a final newline
  /// (none when the body ends in a lone CR, which must stay a CR).
  ///
  /// Field values are kept on one line (CR and LF become spaces) so a value
  /// can never inject another header line or end the header early. Keys that
  /// are not `[A-Za-z][A-Za-z0-9_-]*` are written as unparsed lines.
  public func render() -> String {
    var out = ""
    for line in header {
      switch line {
      case .field(let key, let value):
        let oneLine = Self.singleLine(value)
        if Self.field(Substring(key + ": x")) != nil {
          out += oneLine.isEmpty ? "\(key):\n" : "\(key): \(oneLine)\n"
        } else {
          out += Self.singleLine(key + ": " + value) + "\n"
        }
      case .unparsed(let text):
        let oneLine = Self.unparsedLine(text)
        if !Self.isBlank(Substring(oneLine)) { out += oneLine + "\n" }
      }
    }
    // A body ending in a lone CR is written without the final newline: CR LF
    // would read back as a plain line end and lose the CR.
    let ending = body.unicodeScalars.last == "\r" ? "" : "\n"
    let text = Self.bodyLines(body)
    if header.isEmpty { return text.isEmpty ? "" : text + ending }
    return out + "\n" + (text.isEmpty ? "" : text + ending)
  }

  /// The body as written: a line that ends in CR gets a CRLF line end, so
  /// reading drops only the CR that was added and the line keeps its own.
  static func bodyLines(_ body: String) -> String {
    guard containsByte(0x0D, in: body) else { return body }
    var out = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    for scalar in body.unicodeScalars {
      if scalar == "\n" && previous == "\r" { out.append("\r") }
      out.append(scalar)
      previous = scalar
    }
    return String(out)
  }

  /// Renders a header and body as an article file (see `render()`).
  public static func render(header: [HeaderLine], body: String) -> String {
    ArticleFile(header: header, body: body).render()
  }

  /// An unparsed header line's text with CR, LF and other line separators
  /// replaced by U+FFFD, not by spaces: a space after `Key:` would make the
  /// line a field, and one at its start would continue the field before it.
  static func unparsedLine(_ text: String) -> String {
    singleLine(text, separatorsAs: "\u{FFFD}")
  }

  /// Whether `scalar` ends a line for some reader of the file (LF, CR, VT, FF, NEL, LS, PS).
  static func isLineSeparator(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": true
    default: false
    }
  }

  /// `text` with CR, LF and other line separators replaced by `replacement` (a space).
  static func singleLine(_ text: String, separatorsAs replacement: Unicode.Scalar = " ") -> String {
    // Most values have none of those: no byte 0x0A-0x0D, and no lead byte
    // 0xC2 (U+0085) or 0xE2 (U+2028, U+2029) of the separators beyond ASCII.
    let plain =
      text.utf8.withContiguousStorageIfAvailable { bytes in
        !bytes.contains { ($0 >= 0x0A && $0 <= 0x0D) || $0 == 0xC2 || $0 == 0xE2 }
      } ?? false
    return plain ? text : singleLineByScalars(text, separatorsAs: replacement)
  }

  /// `singleLine` scalar by scalar (the general path).
  static func singleLineByScalars(
    _ text: String, separatorsAs replacement: Unicode.Scalar = " "
  ) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      out.append(isLineSeparator(scalar) ? replacement : scalar)
    }
    return String(out)
  }
}
