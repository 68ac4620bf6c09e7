import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs `byline` directly on a pseudo-terminal and times it from launch to exit.
///
/// `script` (which the memory figures use, under `/usr/bin/time`) adds its own
/// start-up, and Foundation's `Process` notices an exit only every 50 ms;
/// here the only overhead is `posix_spawn` and `waitpid`. A thread drains the terminal so
/// the reader's output never blocks.
enum PseudoTerminalLaunch {
  /// Milliseconds from `Process.run()` to exit of `executable arguments`, on a
  /// 160x48 pseudo-terminal.
  static func time(_ executable: String, _ arguments: [String]) throws -> Double {
    // /dev/ptmx with the ioctls behind unlockpt and ptsname (which Swift's Glibc module hides).
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard master >= 0, ioctl(master, UInt(0x4004_5431), &unlock) == 0,  // TIOCSPTLCK
      ioctl(master, UInt(0x8004_5430), &number) == 0  // TIOCGPTN
    else { throw BenchFailure("cannot open a pseudo-terminal: errno \(errno)") }
    defer { close(master) }
    var size = winsize(ws_row: 48, ws_col: 160, ws_xpixel: 0, ws_ypixel: 0)
    let slavePath = "/dev/pts/\(number)"
    let slave = open(slavePath, O_RDWR | O_NOCTTY)
    guard slave >= 0 else { throw BenchFailure("cannot open \(slavePath): errno \(errno)") }
    _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
    let drain = Thread {
      var buffer = [UInt8](repeating: 0, count: 65536)
      while read(master, &buffer, buffer.count) > 0 {}
    }
    drain.start()
    // posix_spawn and waitpid: Foundation's Process polls for the child's
    // exit every 50 ms on Linux, which would round every launch up to it.
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for target: Int32 in 0...2 { posix_spawn_file_actions_adddup2(&actions, slave, target) }
    var environment = ProcessInfo.processInfo.environment
    environment["TERM"] = "xterm-256color"
    environment.removeValue(forKey: "COLUMNS")
    environment.removeValue(forKey: "LINES")
    var cArguments: [UnsafeMutablePointer<CChar>?] =
      ([executable] + arguments).map { strdup($0) } + [nil]
    var cEnvironment: [UnsafeMutablePointer<CChar>?] =
      environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in cArguments + cEnvironment { free(pointer) } }
    let clock = ContinuousClock()
    let start = clock.now
    var pid: pid_t = 0
    guard posix_spawn(&pid, executable, &actions, nil, &cArguments, &cEnvironment) == 0 else {
      close(slave)
      throw BenchFailure("cannot start \(executable)")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    let elapsed = clock.now - start
    close(slave)
    guard status == 0 else {
      throw BenchFailure("\(executable) \(arguments) exited with status \(status)")
    }
    return Double(elapsed.components.seconds) * 1000
      + Double(elapsed.components.attoseconds) / 1e15
  }
}
