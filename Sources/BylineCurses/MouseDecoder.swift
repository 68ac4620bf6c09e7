import BylineScreen
import CNcurses

/// Turns what `getmouse` reported into a ``BylineScreen/MouseEvent``: one pure table.
///
/// Wheel turns arrive as presses of buttons 4 and 5; a left click as a press
/// (with `mouseinterval(0)`) or, on terminals that only report clicks, as a
/// click. Releases, other buttons and motion decode to `nil`.
public enum MouseDecoder {
  /// The events ``CursesTerminal`` asks curses for (`mousemask`).
  public static var reportedButtons: mmask_t {
    byline_button1_pressed() | byline_button1_clicked() | byline_button1_double_clicked()
      | byline_button4_pressed() | byline_button5_pressed()
  }

  /// The event for one `MEVENT`, or `nil` if Byline has no use for it.
  ///
  /// - Parameters:
  ///   - buttonState: `MEVENT.bstate`.
  ///   - x: `MEVENT.x`, the column.
  ///   - y: `MEVENT.y`, the row.
  public static func decode(buttonState: mmask_t, x: Int32, y: Int32) -> MouseEvent? {
    guard x >= 0, y >= 0 else { return nil }
    let button: MouseEvent.Button
    if buttonState & byline_button4_pressed() != 0 {
      button = .wheelUp
    } else if byline_button5_pressed() != 0, buttonState & byline_button5_pressed() != 0 {
      button = .wheelDown
    } else if buttonState
      & (byline_button1_pressed() | byline_button1_clicked() | byline_button1_double_clicked())
      != 0
    {
      button = .left
    } else {
      return nil
    }
    return MouseEvent(button, row: Int(y), column: Int(x))
  }
}
