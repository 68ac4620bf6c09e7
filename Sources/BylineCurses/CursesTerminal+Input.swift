import BylineScreen
import CNcurses

extension CursesTerminal {
  /// The next key, mouse event or resize within `timeoutMilliseconds` (negative: block).
  ///
  /// `KEY_RESIZE` becomes `.resize` with the fresh `COLS`/`LINES`, and the next
  /// draw repaints everything. Keys Byline has no use for are skipped.
  public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    guard !isShutDownOrSuspended else { return nil }
    var timeout = Int32(clamping: max(-1, timeoutMilliseconds))
    for _ in 0..<64 {
      wtimeout(byline_stdscr(), timeout)
      var code: wint_t = 0
      let status = wget_wch(byline_stdscr(), &code)
      if status == ERR { return nil }
      if status == KEY_CODE_YES, Int32(bitPattern: code) == KEY_RESIZE {
        lastDrawn = nil
        let (width, height) = size
        return .resize(width: width, height: height)
      }
      if status == KEY_CODE_YES, Int32(bitPattern: code) == KEY_MOUSE {
        if let event = readMouse() { return .mouse(event) }
        timeout = 0
        continue
      }
      if let key = KeyDecoder.decode(status: status, code: code) { return .key(key) }
      timeout = 0  // An unknown key: see whether something useful follows.
    }
    return nil
  }

  /// The pending `KEY_MOUSE` event from `getmouse`, decoded; nil if unused.
  func readMouse() -> MouseEvent? {
    guard isMouseEnabled else { return nil }
    var event = MEVENT()
    guard getmouse(&event) == OK else { return nil }
    return MouseDecoder.decode(buttonState: event.bstate, x: event.x, y: event.y)
  }
}
