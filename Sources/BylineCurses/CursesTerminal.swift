import BylineScreen
import CNcurses
import Foundation
import Glibc

/// The real terminal: a ``BylineScreen/Terminal`` drawn with ncursesw.
///
/// Start-up follows the usual curses recipe: the user's locale (falling back
/// to `C.UTF-8` when it is not UTF-8, so wide characters work), `newterm`,
/// `raw` (Ctrl-C and Ctrl-Z arrive as keys `.control("c")` and
/// `.control("z")`), `noecho`, `nonl`, `keypad`, `set_escdelay(25)` (Esc acts
/// at once), `curs_set(0)`, and `start_color` + `use_default_colors` when the
/// terminal has colours. ``TerminalRestorer`` restores the terminal on exit
/// and on SIGTERM, SIGHUP and SIGINT; call ``shutdown()`` on every normal path.
///
/// Threading: curses is one global state machine, so this class is not
/// `Sendable`; create and use it on the main thread only. Only one may be
/// active at a time.
public final class CursesTerminal: Terminal {
  nonisolated(unsafe) private static var isAnyActive = false

  public let colorCapability: ColorCapability
  let colorNumbers: CursesColorNumber
  var pairs: ColorPairCache
  /// In curses mode (not suspended, not shut down).
  private var isActive = true
  private var isShutDown = false
  /// Whether drawing and reading must do nothing (after ``suspend()`` or ``shutdown()``).
  var isShutDownOrSuspended: Bool { !isActive }
  /// What the terminal shows; `nil` means the next draw repaints everything.
  var lastDrawn: Screen?
  /// Whether curses reports the mouse (the `mouse` option of ``init(environment:mouse:)``).
  public let isMouseEnabled: Bool

  /// Takes over the terminal.
  ///
  /// - Parameters:
  ///   - environment: read for `TERM` and `NO_COLOR` (set and non-empty:
  ///     ``colorCapability`` is `.none`, attributes only).
  ///   - mouse: report the wheel and left clicks (`mousemask`); off by
  ///     default, so the terminal's own text selection keeps working.
  /// - Throws: ``CursesError`` when stdin/stdout is not a terminal, `TERM` is
  ///   unknown, or another `CursesTerminal` is active.
  public init(
    environment: [String: String] = ProcessInfo.processInfo.environment, mouse: Bool = false
  ) throws {
    guard !Self.isAnyActive else { throw CursesError.alreadyActive }
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw CursesError.notATerminal
    }
    setlocale(LC_ALL, "")
    if byline_locale_is_utf8() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }
    TerminalRestorer.install()
    guard newterm(nil, byline_stdout(), byline_stdin()) != nil else {
      TerminalRestorer.uninstall()
      throw CursesError.unknownTerminal(environment["TERM"] ?? "")
    }
    Self.isAnyActive = true
    raw()
    noecho()
    nonl()
    keypad(byline_stdscr(), true)
    set_escdelay(25)
    curs_set(0)
    leaveok(byline_stdscr(), true)
    if mouse {
      // Presses, not clicks: no wait to tell a click from a press.
      mouseinterval(0)
      isMouseEnabled = mousemask(MouseDecoder.reportedButtons, nil) != 0
    } else {
      isMouseEnabled = false
    }
    var defaultsAllowed = false
    var colors = 0
    if has_colors() {
      start_color()
      defaultsAllowed = use_default_colors() == OK
      colors = Int(byline_colors())
    }
    let capability = Self.capability(
      colors: colors, noColor: !(environment["NO_COLOR"] ?? "").isEmpty)
    colorCapability = capability
    colorNumbers = CursesColorNumber(
      capability: capability, colors: colors, defaultsAllowed: defaultsAllowed)
    pairs = ColorPairCache(
      colorPairs: colors > 0 ? Int(byline_color_pairs()) : 0,
      defaultForeground: defaultsAllowed ? -1 : 7, defaultBackground: defaultsAllowed ? -1 : 0)
  }

  deinit { shutdown() }

  /// The capability for a terminal with `colors` colours (0: none).
  static func capability(colors: Int, noColor: Bool) -> ColorCapability {
    if noColor || colors < 8 { return .none }
    if colors >= 0x100_0000 { return .truecolor }
    return colors >= 256 ? .indexed256 : .ansi16
  }

  public var size: (width: Int, height: Int) {
    (max(0, Int(byline_cols())), max(0, Int(byline_lines())))
  }

  /// Leaves curses mode so a child program can use the terminal.
  ///
  /// Until ``resume()``, Ctrl-C and Ctrl-\\ in that child do not kill the
  /// reader (SIGINT and SIGQUIT are caught and dropped, as `system(3)` does).
  public func suspend() {
    guard isActive else { return }
    isActive = false
    endwin()
    fflush(byline_stdout())
    TerminalRestorer.ignoreInterrupts()
  }

  public func resume() {
    guard !isActive, !isShutDown else { return }
    TerminalRestorer.restoreInterrupts()
    isActive = true
    lastDrawn = nil
    keypad(byline_stdscr(), true)
    curs_set(0)
    doupdate()  // Leaves the "shell" mode endwin entered, as refresh would.
  }

  public func suspendToShell() {
    guard isActive else { return }
    suspend()
    // Stop with the default SIGTSTP action (not ncurses' handler, which
    // would repeat the endwin/refresh we do here), then restore the handler.
    let previous = signal(SIGTSTP, byline_sig_dfl())
    kill(getpid(), SIGTSTP)
    signal(SIGTSTP, previous)
    resume()
  }

  /// Writes an OSC sequence to the terminal after curses' own output.
  public func sendOSC(_ sequence: String) {
    guard isActive, OSCSequence.isSafe(sequence) else { return }
    fflush(byline_stdout())
    fputs(sequence, byline_stdout())
    fflush(byline_stdout())
  }

  public func shutdown() {
    guard !isShutDown else { return }
    isShutDown = true
    TerminalRestorer.restoreInterrupts()
    if isActive { endwin() }
    isActive = false
    fflush(byline_stdout())
    TerminalRestorer.uninstall()
    Self.isAnyActive = false
  }
}
