/// An in-memory grid of styled cells: what the reader wants the terminal to show.
///
/// Views render into a `Screen`; the backend diffs two screens
/// (``changes(from:)``) and writes only what changed. Every write clips at the
/// screen edge (and at `maxWidth`), so no text can spill into a neighbouring pane.
///
/// Wide characters take two cells: the grapheme in the first, a continuation
/// cell (empty content) in the second. Writes keep that pairing intact: a wide
/// character is never split, and overwriting either half of one blanks the other.
public struct Screen: Hashable, Sendable {
  /// Columns.
  public let width: Int
  /// Rows.
  public let height: Int
  /// The cells, row by row (`y * width + x`).
  public private(set) var cells: [Cell]

  /// A screen of `width` x `height` cells, all equal to `fill`.
  public init(width: Int, height: Int, fill: Cell = .blank()) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.cells = Array(repeating: fill, count: self.width * self.height)
  }

  /// The whole screen as a rectangle.
  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// The cell at (x, y); outside the screen, reads give a blank and writes do nothing.
  ///
  /// This is raw access: it does not repair a wide character whose half is
  /// replaced. Use it to restyle cells (`screen[x, y].style = …`); use
  /// ``write(_:x:y:style:maxWidth:)`` to put text in them.
  public subscript(x: Int, y: Int) -> Cell {
    get {
      guard contains(x: x, y: y) else { return .blank() }
      return cells[y * width + x]
    }
    set {
      guard contains(x: x, y: y) else { return }
      cells[y * width + x] = newValue
    }
  }

  /// Whether (x, y) lies on the screen.
  public func contains(x: Int, y: Int) -> Bool {
    x >= 0 && y >= 0 && x < width && y < height
  }

  /// Fills a rectangle (clipped to the screen) with blanks in `style`.
  ///
  /// A wide character cut by the rectangle's left or right edge is blanked
  /// entirely, so no half character is left behind.
  public mutating func fill(_ rect: Rect, style: Style) {
    let x0 = max(0, rect.x)
    let y0 = max(0, rect.y)
    let x1 = min(width, rect.maxX)
    let y1 = min(height, rect.maxY)
    guard x0 < x1, y0 < y1 else { return }
    for y in y0..<y1 {
      detach(x: x0, y: y)
      detach(x: x1 - 1, y: y)
      for x in x0..<x1 { cells[y * width + x] = .blank(style) }
    }
  }

  /// Sets the style of every cell in `rect` (clipped), keeping the text.
  public mutating func setStyle(_ style: Style, in rect: Rect) {
    let x0 = max(0, rect.x)
    let y0 = max(0, rect.y)
    let x1 = min(width, rect.maxX)
    let y1 = min(height, rect.maxY)
    guard x0 < x1, y0 < y1 else { return }
    for y in y0..<y1 {
      for x in x0..<x1 { cells[y * width + x].style = style }
    }
  }

  /// Prepares (x, y) to be overwritten: blanks the other half of any wide
  /// character the cell belongs to.
  mutating func detach(x: Int, y: Int) {
    guard contains(x: x, y: y) else { return }
    let index = y * width + x
    if cells[index].isContinuation, x > 0, !cells[index - 1].isContinuation {
      cells[index - 1] = .blank(cells[index - 1].style)
    }
    if x + 1 < width, cells[index + 1].isContinuation {
      cells[index + 1] = .blank(cells[index + 1].style)
    }
  }

  /// Replaces the cell at (x, y) without any wide-character repair (internal).
  mutating func put(_ cell: Cell, x: Int, y: Int) {
    cells[y * width + x] = cell
  }
}
