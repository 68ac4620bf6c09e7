import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Drives the real `byline` binary inside a detached tmux session: send keys,
/// read the screen back with `capture-pane`.
final class TmuxSession {
  let socket: String
  let name = "byline"
  private let statusFile: String
  private let modesFile: String
  private(set) var isRunning = false

  /// Where the `byline` binary is: beside the test bundle, or in `.build/debug`.
  static var bylineBinary: URL? {
    let exe = URL(
      fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        ?? "")
    var directory = exe.deletingLastPathComponent()
    for _ in 0..<5 {
      let candidate = directory.appendingPathComponent("byline")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let fallback = root.appendingPathComponent(".build/debug/byline")
    return FileManager.default.isExecutableFile(atPath: fallback.path) ? fallback : nil
  }

  /// Why end-to-end tests cannot run here, or nil if they can.
  static var unavailableReason: String? {
    if run(["tmux", "-V"]).status != 0 { return "tmux is not installed" }
    if bylineBinary == nil { return "the byline binary is not built (run `swift build` first)" }
    return nil
  }

  /// Starts `command` (a shell command line) in a new session of the given size.
  ///
  /// When the command ends, its exit status and the terminal's modes
  /// (`stty -a`) are written to files that ``waitForExit(timeout:)`` and
  /// ``terminalModes`` read (tmux's own pane status is not reliable here).
  init(width: Int, height: Int, command: String, environment: [String: String] = [:]) {
    socket = "byline-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let base = FileManager.default.temporaryDirectory.appendingPathComponent(socket).path
    statusFile = base + ".status"
    modesFile = base + ".stty"
    var env = "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 "
    for (key, value) in environment.sorted(by: { $0.key < $1.key }) { env += "\(key)=\(value) " }
    let wrapped =
      "sh -c '\(env)\(command); status=$?; stty -a > \(modesFile); echo $status > \(statusFile).tmp; "
      + "mv \(statusFile).tmp \(statusFile)'"
    // The server this starts must not inherit a pipe we wait on: no output capture.
    _ = Self.run(
      [
        "tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", name,
        "-x", "\(width)", "-y", "\(height)", wrapped,
      ], captureOutput: false)
    _ = Self.run(["tmux", "-L", socket, "set-option", "-t", name, "remain-on-exit", "on"])
    isRunning = true
  }

  deinit { kill() }

  /// Sends tmux key names (`j`, `Enter`, `Escape`, `C-c`) one at a time.
  func send(_ keys: String...) {
    for key in keys {
      _ = Self.run(["tmux", "-L", socket, "send-keys", "-t", name, key])
      usleep(60_000)
    }
  }

  /// Types literal text.
  func type(_ text: String) {
    _ = Self.run(["tmux", "-L", socket, "send-keys", "-t", name, "-l", text])
    usleep(60_000)
  }

  /// The visible screen as text (with `escapes`, including SGR sequences).
  func capture(escapes: Bool = false) -> String {
    Self.run(["tmux", "-L", socket, "capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : []))
      .output
  }

  /// A tmux format value for the pane, such as `#{pane_dead}` or `#{pane_title}`.
  func paneValue(_ format: String) -> String {
    Self.run(["tmux", "-L", socket, "display-message", "-p", "-t", name, format]).output
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Resizes the window, as a user dragging the terminal would.
  func resize(width: Int, height: Int) {
    _ = Self.run([
      "tmux", "-L", socket, "resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)",
    ])
  }

  /// Waits until the screen satisfies `condition`; returns the last capture.
  @discardableResult
  func waitFor(timeout: TimeInterval = 15, _ condition: (String) -> Bool) -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = capture()
    while Date() < deadline {
      if condition(screen) { return screen }
      usleep(100_000)
      screen = capture()
    }
    return screen
  }

  /// Waits until the program has exited; returns its exit status.
  func waitForExit(timeout: TimeInterval = 10) -> Int? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let text = try? String(contentsOfFile: statusFile, encoding: .utf8) {
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
      }
      usleep(100_000)
    }
    return nil
  }

  /// The program's exit status once it has exited; nil while it runs.
  var exitStatus: Int? {
    (try? String(contentsOfFile: statusFile, encoding: .utf8)).flatMap {
      Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
  }

  /// `stty -a` as it was right after the program exited (nil before that).
  var terminalModes: String? {
    try? String(contentsOfFile: modesFile, encoding: .utf8)
  }

  func kill() {
    guard isRunning else { return }
    isRunning = false
    _ = Self.run(["tmux", "-L", socket, "kill-server"])
    try? FileManager.default.removeItem(atPath: statusFile)
    try? FileManager.default.removeItem(atPath: modesFile)
  }

  /// Runs a program (found on PATH) and returns its exit status and output.
  ///
  /// Uses `posix_spawn` and `waitpid` directly: Foundation's `Process` can
  /// miss the exit of a child here. Without `captureOutput`, the child's
  /// output goes to /dev/null (a tmux server it starts must not hold our pipe).
  @discardableResult
  static func run(_ arguments: [String], captureOutput: Bool = true) -> (
    status: Int32, output: String
  ) {
    var fds: [Int32] = [-1, -1]
    guard pipe(&fds) == 0 else { return (-1, "") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if captureOutput {
      posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addclose(&actions, fds[0])
    posix_spawn_file_actions_addclose(&actions, fds[1])
    // A clean signal state: the test runner's threads may block or ignore
    // signals (SIGCHLD among them), and a tmux server would inherit that.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    sigdelset(&allSignals, SIGKILL)
    sigdelset(&allSignals, SIGSTOP)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, environ)
    close(fds[1])
    guard spawned == 0 else {
      close(fds[0])
      return (-1, "")
    }
    var output = [UInt8]()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = read(fds[0], &buffer, buffer.count)
      if count > 0 {
        output.append(contentsOf: buffer[0..<count])
      } else if count < 0 && errno == EINTR {
        continue
      } else {
        break
      }
    }
    close(fds[0])
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return (exitStatus, String(decoding: output, as: UTF8.self))
  }
}
