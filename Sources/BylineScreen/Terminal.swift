/// What the reader needs from a terminal: draw a screen, read events, restore.
///
/// Implemented by `CursesTerminal` (BylineCurses) and by ``MemoryTerminal``
/// (tests). A terminal is used from one thread (the main thread) only; it is
/// class-bound because drawing and reading change its state.
///
/// The frame loop: read an event (``nextEvent(timeoutMilliseconds:)``), update
/// the state, render a fresh ``Screen`` of ``size``, and ``draw(_:)`` it; the
/// terminal diffs against what it drew last and sends only the changes.
public protocol Terminal: AnyObject {
  /// The current size in columns and rows.
  var size: (width: Int, height: Int) { get }

  /// The colours this terminal can show; themes downsample to it.
  var colorCapability: ColorCapability { get }

  /// Shows `screen`, sending only the cells that differ from the last draw
  /// (everything after a resize or ``resume()``).
  func draw(_ screen: Screen)

  /// The next key or resize, waiting at most `timeoutMilliseconds` (negative:
  /// wait for ever). Returns `nil` on timeout.
  func nextEvent(timeoutMilliseconds: Int) -> InputEvent?

  /// Leaves full-screen mode for a while (say, to run a browser in the same
  /// terminal). Call ``resume()`` to come back.
  func suspend()

  /// Returns to full-screen mode after ``suspend()`` and redraws everything on
  /// the next ``draw(_:)``.
  func resume()

  /// Suspends the whole program as Ctrl-Z does in a shell (SIGTSTP); returns
  /// after the shell resumes it (`fg`), with the next draw a full redraw.
  func suspendToShell()

  /// Restores the terminal for good. Safe to call more than once.
  func shutdown()

  /// Sends an operating-system command (such as OSC 52, "copy to the
  /// clipboard") straight to the terminal, after what was drawn.
  ///
  /// Only a sequence that ``OSCSequence/isSafe(_:)`` accepts is sent; any
  /// other text is dropped, so untrusted text can never reach the tty raw.
  func sendOSC(_ sequence: String)
}
