import BylineScreen
import CNcurses

/// Turns what `wget_wch` returned into a ``BylineScreen/Key``: one pure table.
///
/// `wget_wch` reports either a character (`status == OK`, `code` a Unicode
/// scalar) or a function key (`status == KEY_CODE_YES`, `code` a `KEY_*`
/// constant). `KEY_RESIZE` and `KEY_MOUSE` are events, not keys, so they
/// decode to `nil` here and are handled by `CursesTerminal`.
public enum KeyDecoder {
  /// The key for one `wget_wch` result, or `nil` if Byline has no use for it.
  ///
  /// - Parameters:
  ///   - status: `wget_wch`'s return value (`OK` or `KEY_CODE_YES`; `ERR` gives `nil`).
  ///   - code: the `wint_t` it stored.
  public static func decode(status: Int32, code: UInt32) -> Key? {
    if status == KEY_CODE_YES { return functionKey(Int32(bitPattern: code)) }
    guard status == OK else { return nil }
    return character(code)
  }

  /// A character code: controls by name, printable scalars as `.character`.
  static func character(_ code: UInt32) -> Key? {
    switch code {
    case 0x1B: return .escape
    case 0x09: return .tab
    case 0x0D, 0x0A: return .enter
    case 0x7F, 0x08: return .backspace
    case 0x01...0x1A:
      // Ctrl-A is 1 … Ctrl-Z is 26 (Ctrl-H, I, J and M are taken above).
      guard let letter = Unicode.Scalar(code + 0x60) else { return nil }
      return .control(Character(letter))
    case 0x1C...0x1F:
      // Ctrl-\ Ctrl-] Ctrl-^ Ctrl-_
      guard let symbol = Unicode.Scalar(code + 0x40) else { return nil }
      return .control(Character(symbol))
    case 0x00, 0x80...0x9F:
      return nil
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// A `KEY_*` code from the keypad and function keys.
  static func functionKey(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME, KEY_A1: return .home
    case KEY_END, KEY_C1: return .end
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_IC: return .insert
    case KEY_BTAB: return .backTab
    case KEY_A3: return .pageUp
    case KEY_C3: return .pageDown
    case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
    default: return nil
    }
  }
}
