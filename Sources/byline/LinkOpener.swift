import BylineCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Opens an article's link in the user's browser, safely.
///
/// The URL must pass ``LinkSafety/check(_:)`` (http or https only, unsafe
/// characters percent-encoded, never starting with `-`). The browser is
/// `$BROWSER` — a `:`-separated list of commands, each split into words at
/// spaces; a word containing `%s` gets the URL in its place, otherwise the
/// URL is added as the last argument — or else `xdg-open`. It is started with
/// `posix_spawnp` and an argument vector, never through a shell, so the URL is
/// always exactly one argument.
struct LinkOpener {
  /// How the browser runs.
  enum Mode {
    /// A graphical browser: standard input, output and error are /dev/null,
    /// and Byline does not wait (a background thread reaps the child).
    case background
    /// A terminal browser (lynx, w3m): it inherits the terminal, and Byline
    /// waits for it to exit. Suspend the reader's terminal first.
    case foreground
  }

  /// Why a link was not opened.
  enum Failure: Error, CustomStringConvertible {
    /// The URL failed the safety check.
    case refused(LinkSafety.Refusal)
    /// No program could be started; carries the URL to show the user.
    case noBrowser(tried: [String], url: String)

    var description: String {
      switch self {
      case .refused(let refusal):
        refusal.description
      case .noBrowser(let tried, let url):
        "Could not start a browser (tried \(tried.joined(separator: ", "))): set $BROWSER, "
          + "such as BROWSER=firefox, or install xdg-utils. The link is \(url)"
      }
    }
  }

  let environment: [String: String]

  /// Whether a graphical browser is likely (an X11 or Wayland display, or macOS).
  var isGraphical: Bool {
    #if os(macOS)
      return true
    #else
      return !(environment["DISPLAY"] ?? "").isEmpty
        || !(environment["WAYLAND_DISPLAY"] ?? "").isEmpty
    #endif
  }

  /// The commands to try, as argument vectors, for the already-checked `argument`.
  static func commands(browser: String?, argument: String) -> [[String]] {
    var result: [[String]] = []
    for entry in (browser ?? "").split(separator: ":") {
      let words = entry.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
      guard !words.isEmpty else { continue }
      if let slot = words.firstIndex(where: { $0.contains("%s") }) {
        var argv = words
        argv[slot] = words[slot].replacingOccurrences(of: "%s", with: argument)
        result.append(argv)
      } else {
        result.append(words + [argument])
      }
    }
    if result.isEmpty { result.append(["xdg-open", argument]) }
    return result
  }

  /// Checks `url` and starts the first browser command that can be started.
  ///
  /// - Returns: the argument vector that was started.
  /// - Throws: ``Failure/refused(_:)`` before anything runs when the URL is
  ///   unsafe; ``Failure/noBrowser(tried:url:)`` when no command could start.
  @discardableResult
  func open(_ url: String, mode: Mode = .background) throws(Failure) -> [String] {
    let argument: String
    switch LinkSafety.check(url) {
    case .success(let checked): argument = checked
    case .failure(let refusal): throw .refused(refusal)
    }
    let candidates = Self.commands(browser: environment["BROWSER"], argument: argument)
    for argv in candidates {
      guard let pid = Self.spawn(argv, quiet: mode == .background) else { continue }
      switch mode {
      case .foreground:
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
      case .background:
        Thread.detachNewThread {
          var status: Int32 = 0
          while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
      }
      return argv
    }
    throw .noBrowser(tried: candidates.compactMap(\.first), url: argument)
  }

  /// Starts `argv` with `posix_spawnp`; nil when it could not be started.
  ///
  /// - Parameter quiet: standard input, output and error from/to /dev/null.
  private static func spawn(_ argv: [String], quiet: Bool) -> pid_t? {
    guard let program = argv.first, !program.isEmpty else { return nil }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if quiet {
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // The child starts with no blocked signals and default handlers (the
    // reader ignores SIGINT while suspended; a browser must not inherit that).
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGQUIT, SIGTSTP, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var flags = Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
    if quiet {
      // Its own process group: keys typed in the reader never signal it.
      posix_spawnattr_setpgroup(&attributes, 0)
      flags |= Int16(POSIX_SPAWN_SETPGROUP)
    }
    posix_spawnattr_setflags(&attributes, flags)
    var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
    defer { for pointer in cArguments { free(pointer) } }
    var pid: pid_t = 0
    guard posix_spawnp(&pid, program, &actions, &attributes, &cArguments, environ) == 0 else {
      return nil
    }
    return pid
  }
}
