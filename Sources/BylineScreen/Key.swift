/// A key the user pressed, decoded from whatever the terminal sent.
///
/// `control` carries the lowercase letter of a Ctrl chord (`Ctrl-F` is
/// `.control("f")`). Printable input, including space, is `.character`.
public enum Key: Hashable, Sendable {
  case character(Character)
  case control(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace, delete, insert
  case function(Int)
}

/// Something that happened at the terminal: a key, a new size, or the mouse.
public enum InputEvent: Hashable, Sendable {
  case key(Key)
  case resize(width: Int, height: Int)
  /// A wheel turn or left click (only when the terminal reports the mouse).
  case mouse(MouseEvent)
}

extension InputEvent {
  /// Key events for typing `text`, one `.character` per grapheme (for scripts).
  ///
  /// `"\n"` becomes `.enter` and `"\t"` becomes `.tab`; there is no way to
  /// spell other special keys here, so build those events directly.
  public static func typing(_ text: String) -> [InputEvent] {
    text.map { character in
      switch character {
      case "\n", "\r\n": return .key(.enter)
      case "\t": return .key(.tab)
      default: return .key(.character(character))
      }
    }
  }
}
