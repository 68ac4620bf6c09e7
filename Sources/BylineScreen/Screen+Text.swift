extension Screen {
  /// Writes `text` from (x, y) on one row and returns the columns it took.
  ///
  /// Writing stops at the screen edge or after `maxWidth` columns. A wide
  /// character that would straddle that edge is replaced by a blank. Parts left
  /// of column 0 are skipped (a wide character cut there leaves a blank).
  /// A combining mark that starts a grapheme (after a control, say) joins the
  /// cell written just before it by this call; at the start of the call it is
  /// dropped, so it can never alter a neighbouring pane. Control characters never
  /// reach a cell: they are shown as U+FFFD (run text through ``Sanitizer``
  /// first to get readable symbols instead).
  ///
  /// - Returns: the columns advanced, at most `maxWidth` and never past the edge.
  @discardableResult
  public mutating func write(
    _ text: some StringProtocol, x: Int, y: Int, style: Style, maxWidth: Int? = nil
  ) -> Int {
    guard y >= 0, y < height else { return 0 }
    let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
    var column = x
    var lastLead: Int?
    // Printable ASCII: one cell a byte, nothing to make safe or to cluster.
    if PrintableASCII.contains(text) {
      PrintableASCII.forEachByte(text) { byte in
        guard column < limit else { return false }
        column += put(
          String(Unicode.Scalar(byte)), columns: 1, x: column, y: y, style: style, limit: limit,
          lead: &lastLead)
        return true
      }
      return column - x
    }
    for character in text {
      guard column < limit else { break }
      column += write(character, x: column, y: y, style: style, limit: limit, lead: &lastLead)
    }
    return column - x
  }

  /// Writes one grapheme at (x, y); returns the columns it took (0, 1 or 2).
  ///
  /// A wide grapheme in the last column becomes a blank (and takes 1). A lone
  /// combining mark is dropped here (there is no cell of this call to join).
  @discardableResult
  public mutating func write(_ character: Character, x: Int, y: Int, style: Style) -> Int {
    var lead: Int?
    return write(character, x: x, y: y, style: style, limit: width, lead: &lead)
  }

  private mutating func write(
    _ character: Character, x: Int, y: Int, style: Style, limit: Int, lead: inout Int?
  ) -> Int {
    guard y >= 0, y < height, x < limit else { return 0 }
    let safe = CellText.safe(character)
    guard let parts = DisplayWidth.spacingParts(of: safe) else {
      let content = String(safe)
      return put(
        content, columns: DisplayWidth.of(safe), x: x, y: y, style: style, limit: limit, lead: &lead
      )
    }
    // An Indic cluster with spacing vowel signs: one cell per spacing scalar,
    // as `wcswidth` and curses count it.
    var column = x
    for part in parts where column < limit {
      let columns = DisplayWidth.of(part)
      column += put(
        part, columns: columns, x: column, y: y, style: style, limit: limit, lead: &lead)
    }
    return column - x
  }

  /// Puts one cell's content of `columns` (0, 1 or 2) at (x, y), keeping wide
  /// characters whole; returns the columns advanced.
  private mutating func put(
    _ content: String, columns: Int, x: Int, y: Int, style: Style, limit: Int, lead: inout Int?
  ) -> Int {
    if columns == 0 {
      if let leadX = lead, let first = content.first, CellText.combines(first) {
        var cell = self[leadX, y]
        cell.content = CellText.capped(cell.content + content)
        put(cell, x: leadX, y: y)
      }
      return 0
    }
    if x < 0 {
      // Off the left edge; a wide character's right half lands on column 0.
      if columns == 2, x == -1 {
        detach(x: 0, y: y)
        put(.blank(style), x: 0, y: y)
      }
      return columns
    }
    detach(x: x, y: y)
    if columns == 2 && x + 1 >= limit {
      put(.blank(style), x: x, y: y)
      lead = nil
      return 1
    }
    if columns == 2 {
      detach(x: x + 1, y: y)
      put(Cell("", style: style), x: x + 1, y: y)
    }
    put(Cell(CellText.capped(content), style: style), x: x, y: y)
    lead = x
    return columns
  }
}
