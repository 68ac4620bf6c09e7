extension Screen {
  /// A text picture of the screen for snapshot tests, like ratatui's `Debug` for `Buffer`.
  ///
  /// The format is a header line `WxH`, then each row between `|` guards (so
  /// trailing spaces are visible), a blank line, and the style layer: one
  /// character per cell from `legend`, each row between `|` guards. For
  /// example, a 4x1 screen holding `世a` with `a` bold:
  ///
  ///     4x1
  ///     |世a |
  ///
  ///     |..b.|
  ///
  /// Continuation cells (the right half of a wide character) print as nothing
  /// in the text layer, so the wide character's two columns line up with the
  /// guards in a monospace font; in the style layer every cell, continuation
  /// included, has its letter, so that layer is exactly `W` characters wide.
  ///
  /// - Parameter legend: the letter for a style (say `.` for plain, `p` for a person).
  /// - Returns: the picture, ending with a newline.
  public func snapshot(legend: (Style) -> Character) -> String {
    var result = "\(width)x\(height)\n"
    for y in 0..<height { result += "|" + row(y) + "|\n" }
    result += "\n"
    for y in 0..<height {
      var line = "|"
      for x in 0..<width { line.append(legend(cells[y * width + x].style)) }
      result += line + "|\n"
    }
    return result
  }

  /// The snapshot with `.` for plain cells and `#` for any other style.
  public func snapshot() -> String {
    snapshot { $0 == .plain ? "." : "#" }
  }

  /// The text of row `y`, continuation cells omitted and trailing spaces kept.
  public func row(_ y: Int) -> String {
    guard y >= 0, y < height else { return "" }
    var text = ""
    for x in 0..<width { text += cells[y * width + x].content }
    return text
  }

  /// The text of every row (see ``row(_:)``).
  public var lines: [String] { (0..<height).map(row) }

  /// A screen holding `lines`, one per row, as wide as the widest line.
  ///
  /// The counterpart of ratatui's `Buffer::with_lines`, for compact test literals.
  /// Shorter lines are padded with blanks.
  public init(lines: [String], style: Style = .plain) {
    let columns = lines.map { DisplayWidth.of($0) }.max() ?? 0
    self.init(width: columns, height: lines.count)
    for (y, line) in lines.enumerated() { write(line, x: 0, y: y, style: style) }
  }
}
