import BylineTestSupport
import Foundation
import Testing

@testable import BylineStore

/// A temporary store directory plus helpers shared by the store tests.
final class StoreFixture {
  let temporary: TemporaryDirectory
  let fileSystem: FaultInjectingFileSystem

  init() throws {
    temporary = try TemporaryDirectory()
    fileSystem = FaultInjectingFileSystem()
  }

  /// The store directory (not created until a store is opened with `createIfMissing`).
  var storeURL: URL { temporary.url.appendingPathComponent("store", isDirectory: true) }
  var storePath: String { storeURL.path }

  /// A folder for import sources, outside the store.
  var inputURL: URL {
    let url = temporary.url.appendingPathComponent("input", isDirectory: true)
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Opens the store through the fault-injecting file system.
  func open(create: Bool = true, now: Date = Date(timeIntervalSince1970: 1_700_000_000))
    throws(StoreError) -> ArticleStore
  {
    try ArticleStore(
      directory: storeURL, createIfMissing: create, fileSystem: fileSystem, now: { now })
  }

  /// Writes `text` (or `bytes`) to `input/<name>` and returns its path.
  @discardableResult
  func input(_ name: String, _ text: String) throws -> String {
    try input(name, bytes: Array(text.utf8))
  }

  @discardableResult
  func input(_ name: String, bytes: [UInt8]) throws -> String {
    let url = inputURL.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// Names of files in a store subfolder, sorted.
  func names(in folder: String) -> [String] {
    let path = storeURL.appendingPathComponent(folder).path
    return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
  }

  /// The text of a file inside the store.
  func read(_ relativePath: String) -> String? {
    try? String(contentsOf: storeURL.appendingPathComponent(relativePath), encoding: .utf8)
  }
}

/// The 30 sample articles: `../shared/samples/articles`, else the copy in the repo.
func sampleArticleFiles(filePath: String = #filePath) -> [URL] {
  let repo = URL(fileURLWithPath: filePath).resolvingSymlinksInPath().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  let candidates = [
    repo.deletingLastPathComponent().appendingPathComponent("shared/samples/articles"),
    repo.appendingPathComponent("Sources/byline/Resources/samples"),
  ]
  for folder in candidates {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let files = names.filter { $0.hasSuffix(".txt") }.sorted()
    if !files.isEmpty { return files.map { folder.appendingPathComponent($0) } }
  }
  print("skipped: no sample articles found in \(candidates.map(\.path))")
  return []
}

/// A small article in the store format.
func articleText(
  title: String = "A title", date: String? = "2020-01-02", body: String = "Body text."
) -> String {
  var text = "Title: \(title)\nSource: Test\n"
  if let date { text += "Date: \(date)\n" }
  return text + "\n" + body + "\n"
}

/// True when the tests run as root (where permission bits do not stop reads or writes).
var runningAsRoot: Bool { getuid() == 0 }
