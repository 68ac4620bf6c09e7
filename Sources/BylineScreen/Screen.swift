/// An in-memory grid of styled cells: what the reader wants the terminal to show.
///
/// Views render into a `Screen`; the backend diffs two screens and writes only
/// what changed. Every write clips at the screen edge (and at `maxWidth`), so no
/// text can spill into a neighbouring pane.
public struct Screen: Hashable, Sendable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int, fill: Cell = .blank()) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.cells = Array(repeating: fill, count: self.width * self.height)
  }

  /// The whole screen as a rectangle.
  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  public subscript(x: Int, y: Int) -> Cell {
    get {
      guard x >= 0, y >= 0, x < width, y < height else { return .blank() }
      return cells[y * width + x]
    }
    set {
      guard x >= 0, y >= 0, x < width, y < height else { return }
      cells[y * width + x] = newValue
    }
  }

  /// Fills a rectangle (clipped to the screen) with blanks in `style`.
  public mutating func fill(_ rect: Rect, style: Style) {
    let x0 = max(0, rect.x)
    let y0 = max(0, rect.y)
    let x1 = min(width, rect.maxX)
    let y1 = min(height, rect.maxY)
    guard x0 < x1, y0 < y1 else { return }
    for y in y0..<y1 {
      for x in x0..<x1 { cells[y * width + x] = .blank(style) }
    }
  }

  /// Writes `text` from (x, y) on one row and returns the columns it took.
  ///
  /// Writing stops at the screen edge or after `maxWidth` columns. A wide
  /// character that does not fit is replaced by a blank. Control characters
  /// never reach a cell: they are shown as U+FFFD.
  @discardableResult
  public mutating func write(
    _ text: some StringProtocol, x: Int, y: Int, style: Style, maxWidth: Int? = nil
  ) -> Int {
    guard y >= 0, y < height else { return 0 }
    let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
    var column = x
    for character in text {
      guard column < limit else { break }
      let written = write(character, x: column, y: y, style: style, limit: limit)
      column += written
    }
    return column - x
  }

  /// Writes one grapheme at (x, y); returns the columns it took (0, 1 or 2).
  @discardableResult
  public mutating func write(_ character: Character, x: Int, y: Int, style: Style) -> Int {
    write(character, x: x, y: y, style: style, limit: width)
  }

  private mutating func write(
    _ character: Character, x: Int, y: Int, style: Style, limit: Int
  ) -> Int {
    guard y >= 0, y < height, x < limit else { return 0 }
    let safe = CellText.safe(character)
    let columns = DisplayWidth.of(safe)
    if columns == 0 {
      // A combining mark joins the grapheme to its left.
      if x > 0, x - 1 < width {
        var previous = self[x - 1, y]
        if !previous.isContinuation {
          previous.content = CellText.capped(previous.content + String(safe))
          self[x - 1, y] = previous
        }
      }
      return 0
    }
    guard x >= 0 else { return columns }
    if columns == 2 && x + 1 >= limit {
      self[x, y] = .blank(style)
      return 1
    }
    self[x, y] = Cell(String(safe), style: style)
    if columns == 2 { self[x + 1, y] = Cell("", style: style) }
    return columns
  }
}
