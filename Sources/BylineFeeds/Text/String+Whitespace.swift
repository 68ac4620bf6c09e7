extension Unicode.Scalar {
  /// Whitespace that HTML collapses (see `Character.isCollapsibleSpace`).
  var isCollapsibleSpace: Bool {
    switch value {
    case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0xA0, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }
}

extension Character {
  /// Whitespace that HTML collapses (ASCII spaces, tabs, line breaks, form
  /// feed, no-break space and the Unicode line separators).
  var isCollapsibleSpace: Bool {
    switch self {
    case " ", "\t", "\n", "\r", "\r\n", "\u{0C}", "\u{0B}", "\u{A0}", "\u{85}", "\u{2028}",
      "\u{2029}":
      return true
    default:
      return false
    }
  }
}

extension String {
  /// The string without leading or trailing collapsible whitespace.
  func trimmingWhitespace() -> String {
    var result = Substring(self)
    while let first = result.first, first.isCollapsibleSpace { result.removeFirst() }
    while let last = result.last, last.isCollapsibleSpace { result.removeLast() }
    return String(result)
  }

  /// The string as one line, at most `limit` characters.
  ///
  /// Every run of whitespace (line breaks included) becomes one space; other
  /// control characters are kept.
  func singleLine(limit: Int = 1_000) -> String {
    var builder = TextBuilder(limit: limit)
    builder.append(self)
    return builder.finish()
  }
}
