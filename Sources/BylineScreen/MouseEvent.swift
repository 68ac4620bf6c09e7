/// A mouse button or wheel event at a cell of the terminal.
///
/// Rows and columns count from 0 at the top left, like ``Screen`` cells.
/// Only what the reader uses is decoded: a left click (on press, so it feels
/// immediate) and the wheel.
public struct MouseEvent: Hashable, Sendable {
  /// What happened.
  public enum Button: Hashable, Sendable {
    /// The left button was pressed or clicked.
    case left
    /// The wheel turned up (away from the user).
    case wheelUp
    /// The wheel turned down (towards the user).
    case wheelDown
  }

  /// What happened.
  public var button: Button
  /// The row, from 0 at the top.
  public var row: Int
  /// The column, from 0 at the left.
  public var column: Int

  /// Creates a mouse event.
  public init(_ button: Button, row: Int, column: Int) {
    self.button = button
    self.row = row
    self.column = column
  }
}
