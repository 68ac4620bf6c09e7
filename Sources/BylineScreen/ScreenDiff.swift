/// One cell the backend must (re)draw: its position and new content.
///
/// A wide character is reported once, at its left cell; drawing it covers the
/// continuation cell to its right.
public struct CellChange: Hashable, Sendable {
  /// Column.
  public var x: Int
  /// Row.
  public var y: Int
  /// What the cell must show.
  public var cell: Cell

  /// A change at (x, y).
  public init(x: Int, y: Int, cell: Cell) {
    self.x = x
    self.y = y
    self.cell = cell
  }
}

extension Screen {
  /// The cells to draw to turn `old` (what the terminal shows) into this screen.
  ///
  /// Changes come in row-major order. When the sizes differ, every cell is a
  /// change (a full redraw). A wide character is reported at its left cell when
  /// either of its halves changed; its continuation cell is never reported. A
  /// continuation cell without a wide character to its left (possible only
  /// after raw subscript writes) is reported as a blank, so the terminal never
  /// keeps stale text there.
  ///
  /// - Complexity: O(width × height).
  public func changes(from old: Screen) -> [CellChange] {
    let sameSize = old.width == width && old.height == height
    var result: [CellChange] = []
    for y in 0..<height {
      for x in 0..<width {
        let index = y * width + x
        let cell = cells[index]
        if cell.isContinuation {
          let hasLead = x > 0 && DisplayWidth.of(cells[index - 1].content) == 2
          if !hasLead, !sameSize || old.cells[index] != cell {
            result.append(CellChange(x: x, y: y, cell: .blank(cell.style)))
          }
          continue
        }
        var changed = !sameSize || old.cells[index] != cell
        if !changed, x + 1 < width, cells[index + 1].isContinuation,
          DisplayWidth.of(cell.content) == 2
        {
          changed = old.cells[index + 1] != cells[index + 1]
        }
        if changed { result.append(CellChange(x: x, y: y, cell: cell)) }
      }
    }
    return result
  }
}
