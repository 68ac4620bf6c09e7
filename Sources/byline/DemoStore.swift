import BylineStore
import Foundation

/// A throwaway store holding the bundled sample articles, for `--demo`.
struct DemoStore {
  let store: ArticleStore
  let directory: URL

  /// Copies the bundled samples into a fresh temporary store.
  static func create() throws -> DemoStore {
    guard let samples = ResourceLocator.directory("samples") else {
      throw CommandFailure.message(
        "The bundled sample articles were not found (looked in: "
          + ResourceLocator.candidates(for: "samples").map(\.path).joined(separator: ", ")
          + "). Reinstall Byline, or set BYLINE_DATA_DIR to its data folder.")
    }
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent(
        "byline-demo-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
      )
    let store = try ArticleStore(directory: directory, createIfMissing: true)
    let files = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
    let paths = files.filter { $0.hasSuffix(".txt") }.sorted().map {
      samples.appendingPathComponent($0).path
    }
    let report = store.importPaths(paths, standardInput: { nil })
    if report.imported == 0 && report.alreadyPresent == 0 {
      throw CommandFailure.message("Could not set up the demo store: \(report.summaryLine)")
    }
    return DemoStore(store: store, directory: directory)
  }

  /// Deletes the temporary store.
  func remove() {
    try? FileManager.default.removeItem(at: directory)
  }
}
