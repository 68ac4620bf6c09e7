/// Why a `CursesTerminal` could not start.
public enum CursesError: Error, CustomStringConvertible, Sendable {
  /// Standard input or output is not a terminal (piped or redirected).
  case notATerminal
  /// ncurses could not set up the terminal named by `TERM`.
  case unknownTerminal(String)
  /// Another `CursesTerminal` is already running in this process.
  case alreadyActive

  public var description: String {
    switch self {
    case .notATerminal:
      return "byline's reader needs a terminal: standard input and output must not be "
        + "redirected (use `byline list` for scripts)."
    case .unknownTerminal(let name):
      return "ncurses cannot use the terminal type '\(name)': set TERM to one your system "
        + "knows (for example xterm-256color) and try again."
    case .alreadyActive:
      return "A curses terminal is already active in this process; shut it down first."
    }
  }
}
