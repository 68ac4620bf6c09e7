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
  var keypressColdLoad: [Double] = []
  /// Finding every article's entities (updateEntityCache on both cores), articles/s.
  var analysisRate = 0.0
  /// Building the store-wide entity catalog from the cache, ms.
  var catalogBuild = 0.0
  /// `f` on an entity: catalog lookup + the filtered list (update), ms per entity.
  var entityFilter: [Double] = []
  var open: [Double] = []
  var peakInProcess = 0.0
  var peakList = 0.0
  var peakReader = 0.0
  /// Launching `/bin/true` the same way (time, script, sh): the launcher's own share.
  var launcher: [Double] = []
  /// The reader launched straight on a pseudo-terminal, launch to exit after the first frame.
  var firstFrameDirect: [Double] = []
  /// `byline --version` launched the same way: the share of start-up before any store work
  /// (loading the binary and the Swift runtime, parsing arguments).
  var launchOnly: [Double] = []
  /// The reader from launch until its background work is done: time (ms) and peak RSS (MiB).
  var settle: [Double] = []
  var peakSettled = 0.0
  var rebuild = 0.0
  /// The reader right after the import (which leaves an index marked racy):
  /// first frame on a pseudo-terminal (ms) and peak RSS until it (MiB).
  var firstFrameAfterImport: [Double] = []
  var peakAfterImport = 0.0
  /// The reader finding no entity cache (as after a model change): launch
  /// until every article is analyzed again (ms), and peak RSS (MiB).
  var reanalysis = 0.0
  var peakReanalysis = 0.0
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
        articles: try store.summaries(includeLinks: false), width: 160, height: 48,
        storeDescription: directory)
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

  /// `j` pressed `count` times, as the reader handles it: update + render, and
  /// update + load (from the document cache when prefetched) + one render.
  ///
  /// Between presses the reader prefetches the selection's neighbours while
  /// idle (`AppState.prefetchCandidates`); so does this loop, untimed, unless
  /// `prefetch` is false (then every press reads and recognizes its article).
  func keypresses(
    _ state: inout AppState, _ store: ArticleStore, count: Int, prefetch: Bool
  ) throws -> (pure: [Double], full: [Double]) {
    var pure: [Double] = []
    var full: [Double] = []
    var cache = DocumentCache(capacity: 64)
    for _ in 0..<count {
      var probe = state
      let pureStart = clock.now
      _ = update(&probe, .key(.character("j")))
      _ = Renderer.render(probe, theme: .fallback)
      pure.append(Self.milliseconds(clock.now - pureStart))

      let start = clock.now
      let effects = update(&state, .key(.character("j")))
      for case .loadArticle(let id) in effects {
        let document = try cache[id] ?? document(id, store)
        cache[id] = document
        _ = update(&state, .articleLoaded(document))
      }
      _ = Renderer.render(state, theme: .fallback)
      full.append(Self.milliseconds(clock.now - start))
      if prefetch {
        for id in state.prefetchCandidates where cache[id] == nil {
          cache[id] = try document(id, store)
        }
      }
    }
    return (pure, full)
  }

  func document(_ id: ArticleID, _ store: ArticleStore) throws -> ReaderDocument {
    ReaderDocument(article: try store.articleWithoutState(id), recognizer: recognizer)
  }

  /// The entity figures: analysis of the whole store, catalog build, filtering by
  /// entities from the most to the least mentioned.
  func entityFigures(
    _ state: AppState, _ store: ArticleStore, into figures: inout StoreFigures
  ) throws {
    guard let recognizer else { return }
    let analyzer = DocumentAnalyzer(recognizer: recognizer)
    var analyzed = 0
    let analysis = try time { analyzed = try store.updateEntityCache(using: analyzer) }
    figures.analysisRate = Double(analyzed) / max(0.001, analysis / 1000)
    var catalog = EntityCatalog()
    figures.catalogBuild = time {
      catalog = store.entityCatalog(for: state.articles, analyzerVersion: analyzer.version)
    }
    let picks = stride(from: 0, to: catalog.entities.count, by: max(1, catalog.entities.count / 10))
    for position in picks {
      let entity = catalog.entities[position]
      var copy = state
      figures.entityFilter.append(
        time {
          var ids = Set<ArticleID>()
          for match in catalog.entities(named: entity.name) {
            for ordinal in catalog.articles(of: match) {
              ids.insert(state.articles[Int(ordinal)].id)
            }
          }
          _ = update(&copy, .articlesFound(.entity(name: entity.name, kind: entity.kind), ids))
        })
    }
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
  func spawn(
    _ arguments: [String], underScript: Bool, executable: String? = nil
  ) throws -> (Double, Double) {
    let process = Process()
    let peakFile = NSTemporaryDirectory() + "byline-bench-peak-\(getpid())"
    var command = [executable ?? bylineBinary] + arguments
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
