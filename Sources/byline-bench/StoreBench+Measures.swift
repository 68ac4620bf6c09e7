import BylineCore
import BylineEntities
import BylineStore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One store's measured figures, in milliseconds (or MiB, or articles/s).
struct StoreFigures {
  var articles = 0
  var firstFrame: [Double] = []
  var firstFrameProcess: [Double] = []
  var list: [Double] = []
  var keypress: [Double] = []
  var keypressWithLoad: [Double] = []
  var open: [Double] = []
  var peakInProcess = 0.0
  var peakList = 0.0
  var peakReader = 0.0
  var rebuild = 0.0
  var importRate = 0.0
  var importCount = 0
  var recognitionRate = 0.0
}

/// The in-process and spawned-process measurements of `byline-bench store`.
struct StoreMeasurer {
  let directory: String
  let recognizer: PerceptronRecognizer?
  let bylineBinary: String
  let runs: Int
  let clock = ContinuousClock()

  static func milliseconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) * 1000 + Double(attoseconds) / 1e15
  }

  func time(_ body: () throws -> Void) rethrows -> Double {
    let start = clock.now
    try body()
    return Self.milliseconds(clock.now - start)
  }

  /// Opens the store, lists, builds `AppState`, loads the first article, renders.
  func firstFrame() throws -> (Double, AppState, ArticleStore) {
    var result: (AppState, ArticleStore)?
    let elapsed = try time {
      let store = try ArticleStore(
        directory: URL(fileURLWithPath: directory), createIfMissing: false)
      var state = AppState(
        articles: try store.summaries(), width: 160, height: 48, storeDescription: directory)
      try load(startEffects(state), into: &state, store)
      _ = Renderer.render(state, theme: .fallback)
      result = (state, store)
    }
    guard let (state, store) = result else { throw BenchFailure("first frame failed") }
    return (elapsed, state, store)
  }

  /// Performs `.loadArticle` effects as `ReaderApp` does.
  func load(_ effects: [Effect], into state: inout AppState, _ store: ArticleStore) throws {
    for case .loadArticle(let id) in effects {
      let document = ReaderDocument(
        article: try store.articleWithoutState(id), recognizer: recognizer)
      _ = update(&state, .articleLoaded(document))
    }
  }

  /// `j` pressed `count` times: update + render, and update + load + render.
  func keypresses(_ state: inout AppState, _ store: ArticleStore, count: Int) throws -> (
    [Double], [Double]
  ) {
    var pure: [Double] = []
    var full: [Double] = []
    for _ in 0..<count {
      var effects: [Effect] = []
      let start = clock.now
      effects = update(&state, .key(.character("j")))
      _ = Renderer.render(state, theme: .fallback)
      pure.append(Self.milliseconds(clock.now - start))
      try load(effects, into: &state, store)
      _ = Renderer.render(state, theme: .fallback)
      full.append(Self.milliseconds(clock.now - start))
    }
    return (pure, full)
  }

  /// `store.article(id)` + `ReaderDocument` for `count` seeded random articles.
  func opens(_ store: ArticleStore, ids: [ArticleID], count: Int) throws -> [Double] {
    var random = SplitMix64(seed: 7)
    return try (0..<count).map { _ in
      let id = ids[Int(random.next() % UInt64(ids.count))]
      return try time {
        _ = ReaderDocument(article: try store.articleWithoutState(id), recognizer: recognizer)
      }
    }
  }

  /// Wall time (ms) and peak resident set (MiB) of the `byline` binary with `arguments`.
  ///
  /// Runs under `/usr/bin/time -f %M`: `getrusage(RUSAGE_CHILDREN)` would
  /// report this (large) process's own size, which `exec` records for the child.
  func spawn(_ arguments: [String], underScript: Bool) throws -> (Double, Double) {
    let process = Process()
    let peakFile = NSTemporaryDirectory() + "byline-bench-peak-\(getpid())"
    var command = [bylineBinary] + arguments
    if underScript {
      let line = command.map { "'\($0)'" }.joined(separator: " ")
      command = ["/usr/bin/script", "-qfc", line, "/dev/null"]
    }
    process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    process.arguments = ["-f", "%M", "-o", peakFile] + command
    var environment = ProcessInfo.processInfo.environment
    environment["TERM"] = "xterm-256color"
    environment["COLUMNS"] = "160"
    environment["LINES"] = "48"
    process.environment = environment
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
    let elapsed = try time {
      try process.run()
      process.waitUntilExit()
    }
    guard process.terminationStatus == 0 else {
      throw BenchFailure("\(bylineBinary) \(arguments) exited with \(process.terminationStatus)")
    }
    let text = (try? String(contentsOfFile: peakFile, encoding: .utf8)) ?? ""
    let kilobytes = text.split(whereSeparator: \.isNewline).last.flatMap { Double($0) } ?? .nan
    return (elapsed, kilobytes / 1024)
  }

  /// This process's peak resident set (VmHWM), in MiB.
  static func peakMiB() -> Double {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0
      return kilobytes / 1024
    }
    return 0
  }

  /// Resets VmHWM to the current resident set (Linux `clear_refs` 5).
  static func resetPeak() {
    let fd = open("/proc/self/clear_refs", O_WRONLY)
    guard fd >= 0 else { return }
    _ = write(fd, "5", 1)
    close(fd)
  }
}

extension Array where Element == Double {
  var median: Double {
    guard !isEmpty else { return .nan }
    let sorted = self.sorted()
    return sorted[sorted.count / 2]
  }
}
