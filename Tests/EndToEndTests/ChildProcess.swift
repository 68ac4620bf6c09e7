import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A program started in the background, to be waited for or killed.
///
/// Spawned with `posix_spawn` and a clean signal state, like
/// `TmuxSession.run` (Foundation's `Process` can miss a child's exit here).
/// Standard input is /dev/null; standard output and error go to a file or
/// to /dev/null.
final class ChildProcess {
  let pid: pid_t
  private var exitStatus: Int32?

  /// Starts `arguments[0]` (an absolute path or a name on PATH).
  ///
  /// - Parameter outputPath: where standard output and error go; nil for /dev/null.
  /// - Returns: nil when the program could not be started.
  init?(_ arguments: [String], outputPath: String? = nil) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, outputPath ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
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
    guard posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, environ) == 0 else {
      return nil
    }
    self.pid = pid
  }

  deinit {
    if exitStatus == nil {
      kill(pid, SIGKILL)
      _ = wait()
    }
  }

  /// Sends `signal` (SIGKILL by default) unless the process was already waited for.
  func signal(_ signal: Int32 = SIGKILL) {
    if exitStatus == nil { kill(pid, signal) }
  }

  /// Waits for the process to end and reaps it.
  ///
  /// - Returns: its exit status, or 128 + N when signal N ended it (as a shell reports it).
  @discardableResult
  func wait() -> Int32 {
    if let exitStatus { return exitStatus }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let result = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    exitStatus = result
    return result
  }

  /// Whether the process has ended (reaping it if so), without blocking.
  var hasExited: Bool {
    if exitStatus != nil { return true }
    var status: Int32 = 0
    let reaped = waitpid(pid, &status, WNOHANG)
    guard reaped == pid else { return false }
    exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return true
  }
}
