import CNcurses
import Glibc

/// Puts the terminal back on every way out: `atexit`, SIGTERM, SIGHUP, SIGINT.
///
/// What ncurses does itself (6.4, `lib_tstp.c`): when `newterm`/`initscr`
/// runs, it installs handlers only for signals still at `SIG_DFL`: SIGINT and
/// SIGTERM (run `endwin`, then exit), SIGTSTP (`endwin`, stop, redraw on
/// resume) and SIGWINCH (report `KEY_RESIZE`). It does nothing for SIGHUP
/// (the terminal closed) or for a normal `exit()`.
///
/// So we install our own handlers for SIGTERM, SIGHUP and SIGINT *before*
/// `newterm` (ncurses then leaves them alone): the handler calls `endwin` and
/// re-raises the signal with its default action, so the exit status still
/// says "killed by SIGTERM". `endwin` is not async-signal-safe, but it is
/// what ncurses' own handler does, and the process is about to die. We leave
/// SIGTSTP and SIGWINCH to ncurses. `atexit` covers `exit()` from anywhere.
/// In raw mode Ctrl-C and Ctrl-Z are keys, not signals; these handlers are
/// for `kill`, a closed terminal and the like.
enum TerminalRestorer {
  private static let handledSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT]

  nonisolated(unsafe) private static var previousActions: [Int32: sigaction] = [:]
  nonisolated(unsafe) private static var actionsBeforeSuspend: [Int32: sigaction] = [:]
  nonisolated(unsafe) private static var atexitInstalled = false

  /// Installs the signal handlers (saving the previous ones) and, once per process, `atexit`.
  static func install() {
    if !atexitInstalled {
      atexitInstalled = true
      atexit { TerminalRestorer.restoreTerminal() }
    }
    for signal in handledSignals {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { signal in
        TerminalRestorer.restoreTerminal()
        Glibc.signal(signal, byline_sig_dfl())
        raise(signal)
      }
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      var previous = sigaction()
      if sigaction(signal, &action, &previous) == 0 { previousActions[signal] = previous }
    }
  }

  /// While suspended for a child program (a browser in this terminal), makes
  /// SIGINT and SIGQUIT do nothing here, as `system(3)` does, so Ctrl-C in the
  /// child does not kill the reader too.
  ///
  /// A no-op *handler* rather than `SIG_IGN`, because an exec'd child resets
  /// caught signals to their default but would inherit "ignored".
  static func ignoreInterrupts() {
    for signal in [SIGINT, SIGQUIT] {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { _ in }
      sigemptyset(&action.sa_mask)
      var previous = sigaction()
      if sigaction(signal, &action, &previous) == 0 { actionsBeforeSuspend[signal] = previous }
    }
  }

  /// Undoes ``ignoreInterrupts()``.
  static func restoreInterrupts() {
    for (signal, previous) in actionsBeforeSuspend {
      var action = previous
      sigaction(signal, &action, nil)
    }
    actionsBeforeSuspend = [:]
  }

  /// Puts back the handlers that were there before ``install()``.
  static func uninstall() {
    for (signal, previous) in previousActions {
      var action = previous
      sigaction(signal, &action, nil)
    }
    previousActions = [:]
  }

  /// Leaves curses mode if it is on (harmless if curses never started).
  static func restoreTerminal() {
    if byline_stdscr() != nil, !isendwin() { endwin() }
  }
}
