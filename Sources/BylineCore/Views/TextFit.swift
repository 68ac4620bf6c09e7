import BylineScreen

/// Fitting single-line text into a number of columns.
public enum TextFit {
  /// `text` cut to at most `width` columns, ending in `…` when it was cut.
  public static func truncate(_ text: String, width: Int) -> String {
    guard width > 0 else { return "" }
    guard DisplayWidth.of(text) > width else { return text }
    if PrintableASCII.contains(text) {
      // Printable ASCII: one column a byte.
      return String(decoding: text.utf8.prefix(width - 1), as: UTF8.self) + "…"
    }
    var result = ""
    var used = 0
    for character in text {
      let columns = DisplayWidth.of(character)
      if used + columns > width - 1 { break }
      result.append(character)
      used += columns
    }
    return result + "…"
  }

  /// `text` truncated and padded with spaces to exactly `width` columns.
  public static func pad(_ text: String, width: Int) -> String {
    let fitted = truncate(text, width: width)
    let missing = width - DisplayWidth.of(fitted)
    return missing > 0 ? fitted + String(repeating: " ", count: missing) : fitted
  }
}
