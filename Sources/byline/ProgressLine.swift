import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A progress bar on standard error for long work, shown only when standard
/// error is a terminal and the work has taken more than a second.
final class ProgressLine: @unchecked Sendable {
  private let label: String
  private let start = Date()
  private let lock = NSLock()
  private var shown = false
  private var lastDraw = Date.distantPast
  private let enabled = isatty(2) == 1

  init(label: String) { self.label = label }

  /// Updates the bar to `done` of `total` (redrawn at most ten times a second).
  func show(_ done: Int, _ total: Int) {
    guard enabled, total > 0 else { return }
    lock.withLock {
      let now = Date()
      guard now.timeIntervalSince(start) > 1, now.timeIntervalSince(lastDraw) > 0.1 || done == total
      else { return }
      lastDraw = now
      shown = true
      let width = 30
      let filled = min(width, done * width / total)
      let bar =
        String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
      let line = "\r\(label) [\(bar)] \(done)/\(total)"
      FileHandle.standardError.write(Data(line.utf8))
    }
  }

  /// Clears the bar if one was drawn.
  func finish() {
    lock.withLock {
      guard shown else { return }
      FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
      shown = false
    }
  }
}
