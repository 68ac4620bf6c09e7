import BylineScreen
import CNcurses

extension CursesTerminal {
  /// Sends the cells that differ from the last draw, then `wnoutrefresh` + `doupdate`.
  ///
  /// After a resize or ``resume()``, the first time, or when the screen's size
  /// differs from the last one drawn, it repaints everything (`werase` and
  /// `clearok(curscr)`). Cells outside the current terminal size are
  /// skipped; a wide character that would not fit is drawn as a blank.
  public func draw(_ screen: Screen) {
    guard !isShutDownOrSuspended else { return }
    let (columns, rows) = size
    let changes: [CellChange]
    if let previous = lastDrawn, previous.width == screen.width,
      previous.height == screen.height
    {
      changes = screen.changes(from: previous)
    } else {
      // A full repaint: forget stdscr's old cells and clear the real screen.
      werase(byline_stdscr())
      clearok(byline_curscr(), true)
      changes = screen.changes(from: Screen(width: 0, height: 0))
    }
    for change in changes where change.x < columns && change.y < rows {
      put(change.cell, x: change.x, y: change.y, columns: columns)
    }
    wnoutrefresh(byline_stdscr())
    doupdate()
    lastDrawn = screen
  }

  private func put(_ cell: Cell, x: Int, y: Int, columns: Int) {
    var gridWidth = max(1, DisplayWidth.of(cell.content))
    var content = cell.content
    if gridWidth == 2 && x + 1 >= columns {
      gridWidth = 1
      content = " "
    }
    let attributes = cell.style.attributes.cursesAttributes
    var pair = colorPair(for: cell.style)
    var column = Int32(x)
    for glyph in CursesGlyph.glyphs(for: content, columns: gridWidth) {
      var text = glyph + [0]
      var character = cchar_t()
      _ = text.withUnsafeMutableBufferPointer { buffer in
        setcchar(&character, buffer.baseAddress, attributes, 0, &pair)
      }
      _ = mvwadd_wch(byline_stdscr(), Int32(y), column, &character)
      column += max(1, byline_wcwidth(glyph[0]))
    }
  }

  private func colorPair(for style: Style) -> Int32 {
    guard colorCapability != .none else { return 0 }
    return pairs.pair(
      foreground: colorNumbers.number(for: style.foreground, isForeground: true),
      background: colorNumbers.number(for: style.background, isForeground: false))
  }
}
