import CNcurses

/// Swift names for the curses key codes the decoder maps, linked to their C names.
///
/// These mirror swift-system's `Errno` statics: each names one `KEY_*` value
/// from `<curses.h>` so that tests and readers can see the table in Swift terms.
public enum KeyCode {
  /// Down arrow.
  ///
  /// The corresponding curses constant is `KEY_DOWN`.
  public static let down = KEY_DOWN
  /// Up arrow.
  ///
  /// The corresponding curses constant is `KEY_UP`.
  public static let up = KEY_UP
  /// Left arrow.
  ///
  /// The corresponding curses constant is `KEY_LEFT`.
  public static let left = KEY_LEFT
  /// Right arrow.
  ///
  /// The corresponding curses constant is `KEY_RIGHT`.
  public static let right = KEY_RIGHT
  /// Page Down (next page).
  ///
  /// The corresponding curses constant is `KEY_NPAGE`.
  public static let pageDown = KEY_NPAGE
  /// Page Up (previous page).
  ///
  /// The corresponding curses constant is `KEY_PPAGE`.
  public static let pageUp = KEY_PPAGE
  /// Home.
  ///
  /// The corresponding curses constant is `KEY_HOME`.
  public static let home = KEY_HOME
  /// End.
  ///
  /// The corresponding curses constant is `KEY_END`.
  public static let end = KEY_END
  /// Enter on the keypad.
  ///
  /// The corresponding curses constant is `KEY_ENTER`.
  public static let enter = KEY_ENTER
  /// Backspace as a function key.
  ///
  /// The corresponding curses constant is `KEY_BACKSPACE`.
  public static let backspace = KEY_BACKSPACE
  /// Delete (delete character).
  ///
  /// The corresponding curses constant is `KEY_DC`.
  public static let delete = KEY_DC
  /// Insert (insert character).
  ///
  /// The corresponding curses constant is `KEY_IC`.
  public static let insert = KEY_IC
  /// Shift-Tab (back tab).
  ///
  /// The corresponding curses constant is `KEY_BTAB`.
  public static let backTab = KEY_BTAB
  /// Function key 0, the base of F1 to F63 (F*n* is `functionBase + n`).
  ///
  /// The corresponding curses constant is `KEY_F0`.
  public static let functionBase = KEY_F0
  /// The terminal changed size.
  ///
  /// The corresponding curses constant is `KEY_RESIZE`.
  public static let resize = KEY_RESIZE
  /// The `wget_wch` status for a function key.
  ///
  /// The corresponding curses constant is `KEY_CODE_YES`.
  public static let functionKeyStatus = KEY_CODE_YES
  /// The `wget_wch` status for a character.
  ///
  /// The corresponding curses constant is `OK`.
  public static let characterStatus = OK
}
