import ArgumentParser
import BylineCore
import BylineEntities
import BylineStore
import Foundation

/// `byline-bench store`: generates a large store and times start-up, keys, opening, import.
struct StoreBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "store",
    abstract: "Time the article store at scale (issue 4 targets) against a small baseline.")

  @Option(help: "Articles in the large store.") var articles = 100_000
  @Option(help: "Articles in the baseline store.") var baseline = 1_000
  @Option(help: "New articles imported (with recognition) into each store to time the import.")
  var importCount = 10_000
  @Option(
    help: "Articles imported into a new, empty store first (the issue's import figure; 0 skips it)."
  )
  var freshImport = 100_000
  @Option(help: "Imports into new stores for that figure's median (each into its own store).")
  var freshRuns = 3
  @Option(help: "Runs per median.") var runs = 5
  @Option(help: "Keep the generated stores in this directory.") var keep: String?
  @Option(help: "Folder of sample articles.") var samples: String?
  @Option(help: "The byline binary to spawn (default: next to this one).") var byline: String?

  func run() throws {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let generator = try ArticleGenerator(
      samplesDirectory: samples ?? repository.path + "/Sources/byline/Resources/samples")
    let executable = Bundle.main.executableURL?.deletingLastPathComponent().path ?? "."
    let root = keep ?? NSTemporaryDirectory() + "byline-store-bench-\(getpid())"
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    defer { if keep == nil { try? FileManager.default.removeItem(atPath: root) } }
    let clock = ContinuousClock()
    var recognizer: PerceptronRecognizer?
    let modelLoad = clock.measure { recognizer = try? PerceptronRecognizer.bundled() }
    print("recognizer load (PerceptronRecognizer.bundled): \(modelLoad)")
    // First, before any big folder is deleted (ext4 without a journal makes
    // creating files slow for ~30 s after many were deleted).
    let freshRates = try importIntoNewStores(
      generator: generator, root: root, recognizer: recognizer)
    // Deleted last: creating the other stores right after deleting these would be slower.
    defer {
      try? FileManager.default.removeItem(atPath: root + "/fresh-input")
      for run in 0..<freshRuns {
        try? FileManager.default.removeItem(atPath: root + "/fresh-store-\(run)")
      }
    }
    var all: [StoreFigures] = []
    for count in [baseline, articles] {
      let directory = root + "/store-\(count)"
      try? FileManager.default.removeItem(atPath: directory)
      let generation = try clock.measure {
        try generator.generateStore(at: directory, count: count, seed: 42)
      }
      print("generated \(count) articles in \(generation)")
      // Write the generated files back now, so their write-back does not slow the import.
      sync()
      let measurer = StoreMeasurer(
        directory: directory, recognizer: recognizer,
        bylineBinary: byline ?? executable + "/byline", runs: runs)
      all.append(try measure(measurer, count: count, generator: generator, root: root))
      if keep == nil || count != articles { try? FileManager.default.removeItem(atPath: directory) }
    }
    StoreReport.print(all)
    if !freshRates.isEmpty {
      let median = freshRates.sorted()[freshRates.count / 2]
      let each = freshRates.map { String(format: "%.0f", $0) }.joined(separator: ", ")
      print(
        String(
          format:
            "import with recognition, %d articles into a new store (median of %d: %@ art/s):"
            + " %.1f art/s (target ≥ 2000) %@",
          freshImport, freshRates.count, each, median, median >= 2_000 ? "yes" : "NO"))
    }
  }

  /// Imports `freshImport` generated articles into `freshRuns` new stores
  /// (`fresh-store-N`, from `fresh-input`; the caller deletes them); the rates.
  func importIntoNewStores(
    generator: ArticleGenerator, root: String, recognizer: PerceptronRecognizer?
  ) throws -> [Double] {
    guard freshImport > 0, freshRuns > 0 else { return [] }
    let inputs = root + "/fresh-input"
    try generator.generateInputs(at: inputs, count: freshImport, seed: 7, first: 50_000_000)
    sync()
    var rates: [Double] = []
    for run in 0..<freshRuns {
      let directory = root + "/fresh-store-\(run)"
      let store = try ArticleStore(
        directory: URL(fileURLWithPath: directory), createIfMissing: true)
      let clock = ContinuousClock()
      var report = ImportReport()
      let elapsed = clock.measure {
        report = store.importPaths(
          [inputs], analyzer: recognizer.map { DocumentAnalyzer(recognizer: $0) },
          standardInput: { nil })
      }
      if !report.failures.isEmpty { print("import failures: \(report.failures.prefix(3))") }
      let seconds =
        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      let rate = Double(report.imported) / max(seconds, 1e-9)
      print(
        String(
          format: "imported %d articles into new store %d in %.2f s: %.0f art/s",
          report.imported, run + 1, seconds, rate))
      rates.append(rate)
    }
    return rates
  }

  func measure(
    _ measurer: StoreMeasurer, count: Int, generator: ArticleGenerator, root: String
  ) throws -> StoreFigures {
    var figures = StoreFigures()
    figures.articles = count
    try? FileManager.default.removeItem(atPath: measurer.directory + "/cache/index-v1")
    figures.rebuild = try measurer.time {
      let store = try ArticleStore(
        directory: URL(fileURLWithPath: measurer.directory), createIfMissing: false)
      _ = try store.summaries()
    }
    StoreMeasurer.resetPeak()
    var frame = try measurer.firstFrame()
    figures.firstFrame.append(frame.0)
    for _ in 1..<max(2, runs) {
      frame = try measurer.firstFrame()
      figures.firstFrame.append(frame.0)
    }
    var state = frame.1
    let store = frame.2
    (figures.keypress, figures.keypressWithLoad) = try measurer.keypresses(
      &state, store, count: 300, prefetch: true)
    figures.keypressColdLoad = try measurer.keypresses(
      &state, store, count: 100, prefetch: false
    ).full
    try measurer.entityFigures(state, store, into: &figures)
    let ids = state.articles.map(\.id)
    figures.open = try measurer.opens(store, ids: ids, count: 50)
    figures.peakInProcess = StoreMeasurer.peakMiB()
    figures.recognitionRate = 50_000 / max(0.001, figures.open.reduce(0, +))
    let arguments = ["--store", measurer.directory]
    do {
      for _ in 0..<runs {
        let (elapsed, peak) = try measurer.spawn(["list"] + arguments, underScript: false)
        figures.list.append(elapsed)
        figures.peakList = max(figures.peakList, peak)
      }
    } catch { print("byline list: \(error)") }
    do {
      for _ in 0..<runs {
        let (elapsed, peak) = try measurer.spawn(
          ["read", "--benchmark-first-frame"] + arguments, underScript: true)
        figures.firstFrameProcess.append(elapsed)
        figures.peakReader = max(figures.peakReader, peak)
      }
    } catch { print("byline read --benchmark-first-frame: \(error)") }
    do {
      for _ in 0..<runs {
        figures.launcher.append(
          try measurer.spawn([], underScript: true, executable: "/bin/true").0)
      }
      for _ in 0..<max(runs, 7) {
        figures.firstFrameDirect.append(
          try PseudoTerminalLaunch.time(
            measurer.bylineBinary, ["read", "--benchmark-first-frame"] + arguments))
        figures.launchOnly.append(
          try PseudoTerminalLaunch.time(measurer.bylineBinary, ["--version"]))
      }
    } catch { print("first frame on a pseudo-terminal: \(error)") }
    do {
      // The reader's peak includes its background work after the first frame:
      // index sweep, entity cache check and the store-wide catalog.
      for _ in 0..<min(runs, 3) {
        let (elapsed, peak) = try measurer.spawn(
          ["read", "--benchmark-settle"] + arguments, underScript: true)
        figures.settle.append(elapsed)
        figures.peakSettled = max(figures.peakSettled, peak)
      }
    } catch { print("byline read --benchmark-settle: \(error)") }
    try SearchBench.run(measurer, generator: generator, seed: 42, count: count)
    let inputs = root + "/input-\(count)"
    try generator.generateInputs(at: inputs, count: importCount, seed: UInt64(count) &+ 99)
    // Inputs already on disk, as they would be: their write-back must not slow the import's fsyncs.
    sync()
    defer { try? FileManager.default.removeItem(atPath: inputs) }
    var report = ImportReport()
    let importTime = try measurer.time {
      let store = try ArticleStore(
        directory: URL(fileURLWithPath: measurer.directory), createIfMissing: false)
      report = store.importPaths(
        [inputs], analyzer: measurer.recognizer.map { DocumentAnalyzer(recognizer: $0) },
        standardInput: { nil })
    }
    figures.importCount = report.imported
    figures.importRate = Double(report.imported) / (importTime / 1000)
    if !report.failures.isEmpty { print("import failures: \(report.failures.prefix(3))") }
    try measureAfterImport(measurer, into: &figures)
    return figures
  }

  /// The reader just after the import, then with the entity cache gone.
  func measureAfterImport(_ measurer: StoreMeasurer, into figures: inout StoreFigures) throws {
    let arguments = ["--store", measurer.directory]
    do {
      // `--benchmark-first-frame` quits before the background sweep, so each
      // launch still finds the index the import left.
      for _ in 0..<max(runs, 7) {
        figures.firstFrameAfterImport.append(
          try PseudoTerminalLaunch.time(
            measurer.bylineBinary, ["read", "--benchmark-first-frame"] + arguments))
      }
      figures.peakAfterImport = try measurer.spawn(
        ["read", "--benchmark-first-frame"] + arguments, underScript: true
      ).1
      try FileManager.default.removeItem(atPath: measurer.directory + "/cache/entities-v1")
      (figures.reanalysis, figures.peakReanalysis) = try measurer.spawn(
        ["read", "--benchmark-settle"] + arguments, underScript: true)
    } catch { print("the reader after an import: \(error)") }
  }
}
