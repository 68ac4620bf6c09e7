import ArgumentParser
import BylineCore
import BylineEntities
import BylineStore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `byline-bench import`: times only the import, with recognition, into a store of a given size.
///
/// The full `store` bench generates and measures everything, which takes
/// minutes; this one repeats just the import figure, each run into the same
/// store with new input files, so changes to the import path can be compared.
struct ImportBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Time importing new articles, recognition included (issue 4's import figure).")

  @Option(help: "Articles in the store before the first import.") var articles = 100_000
  @Option(help: "New articles per import.") var importCount = 10_000
  @Option(help: "Imports to time (each adds new articles).") var runs = 3
  @Option(help: "Keep the generated store in this directory (and reuse it when present).")
  var keep: String?
  @Option(help: "Folder of sample articles.") var samples: String?
  @Option(
    help: "perf's control FIFO (perf record --control fifo:PATH -D -1): profile only the imports.")
  var perfControl: String?

  func run() throws {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let generator = try ArticleGenerator(
      samplesDirectory: samples ?? repository.path + "/Sources/byline/Resources/samples")
    let root = keep ?? NSTemporaryDirectory() + "byline-import-bench-\(getpid())"
    let directory = root + "/store"
    defer { if keep == nil { try? FileManager.default.removeItem(atPath: root) } }
    if !FileManager.default.fileExists(atPath: directory) {
      try generator.generateStore(at: directory, count: articles, seed: 42)
      print("generated \(articles) articles")
    }
    let recognizer = try PerceptronRecognizer.bundled()
    let analyzer = DocumentAnalyzer(recognizer: recognizer)
    // Index and entity cache up to date first, as a user's store would be.
    let store = try ArticleStore(directory: URL(fileURLWithPath: directory), createIfMissing: false)
    _ = try store.summaries()
    _ = try store.updateEntityCache(using: analyzer)
    var rates: [Double] = []
    // Input files are not deleted between runs (nor after, with --keep): on
    // ext4 without a journal, creating files within ~30 s of deleting many
    // costs a scan of the recently freed inodes (measured: up to 15% of CPU).
    for run in 0..<runs {
      let input = root + "/input-\(getpid())-\(run)"
      // Numbers past every article already stored: each input is new (titles, links).
      let first = (Int(getpid()) + 1) * 100_000_000 + run * importCount
      try generator.generateInputs(at: input, count: importCount, seed: 7, first: first)
      sync()
      let clock = ContinuousClock()
      var report = ImportReport()
      let cpuBefore = Self.processCPUSeconds()
      perf("enable")
      let elapsed = clock.measure {
        report = store.importPaths([input], analyzer: analyzer, standardInput: { nil })
      }
      perf("disable")
      let seconds =
        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      let cpu = Self.processCPUSeconds() - cpuBefore
      let rate = Double(report.imported) / max(seconds, 1e-9)
      rates.append(rate)
      print(
        String(
          format: "import %d: %d new articles in %.2f s = %.0f articles/s"
            + " (CPU %.2f s user+system, %.2f ms an article, %.0f%% of both cores)%@",
          run + 1, report.imported, seconds, rate, cpu,
          cpu * 1000 / Double(max(report.imported, 1)), cpu * 100 / (2 * max(seconds, 1e-9)),
          report.failures.isEmpty ? "" : " (\(report.failures.count) failures)"))
    }
    let median = rates.sorted()[rates.count / 2]
    print(String(format: "import with recognition, median of %d: %.0f articles/s", runs, median))
  }

  /// Tells a waiting `perf record` to start or stop sampling.
  func perf(_ command: String) {
    guard let perfControl, let handle = FileHandle(forWritingAtPath: perfControl) else { return }
    handle.write(Data((command + "\n").utf8))
    try? handle.close()
  }

  /// User plus system CPU time of this process so far.
  static func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }
}
