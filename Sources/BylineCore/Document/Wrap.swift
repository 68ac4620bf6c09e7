import BylineScreen

/// Word wrapping by display width.
public enum Wrap {
  /// Breaks `text` into lines of at most `width` columns.
  ///
  /// Lines break at spaces (the space is dropped) or after a hyphen or dash; a
  /// `\n` forces a break; a word wider than the line is split. Returns each
  /// line as a range of grapheme indices.
  public static func lines(_ text: [Character], width: Int) -> [Range<Int>] {
    guard width > 0 else { return [] }
    var lines: [Range<Int>] = []
    var lineStart = 0
    var lineWidth = 0
    var lastBreak: Int? = nil  // index after which we may break
    var index = 0
    while index < text.count {
      let character = text[index]
      if character == "\n" {
        lines.append(lineStart..<index)
        index += 1
        lineStart = index
        lineWidth = 0
        lastBreak = nil
        continue
      }
      let columns = DisplayWidth.of(character)
      if lineWidth + columns > width && index > lineStart {
        if character == " " {
          // Break here and swallow the space.
          lines.append(lineStart..<index)
          index += 1
        } else if let breakAt = lastBreak, breakAt > lineStart {
          let end = text[breakAt - 1] == " " ? breakAt - 1 : breakAt
          lines.append(lineStart..<end)
          index = breakAt
        } else {
          lines.append(lineStart..<index)
        }
        while index < text.count && text[index] == " " { index += 1 }
        lineStart = index
        lineWidth = 0
        lastBreak = nil
        continue
      }
      lineWidth += columns
      if character == " " || character == "-" || character == "—" || character == "–"
        || character == "/"
      {
        lastBreak = index + 1
      }
      index += 1
    }
    if lineStart < text.count || lines.isEmpty {
      lines.append(lineStart..<text.count)
    }
    return lines
  }
}
