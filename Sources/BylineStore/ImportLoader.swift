import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One result of reading and preparing an import file: a failure or an article to store.
enum ImportStep: Sendable {
  case fail(path: String, StoreError)
  case prepared(PreparedArticle, source: String)
}

/// Reads, converts and prepares import files: the CPU-heavy part, run on both cores.
///
/// Pure apart from reading the input files, so files can be loaded in
/// parallel; `ImportRun` applies the steps in input order, so reports and
/// duplicates come out as with a sequential import.
struct ImportLoader: Sendable {
  let fileSystem: any FileSystem
  let converters: [any ArticleConverter]
  let clock: @Sendable () -> Date

  /// Files loaded per parallel round.
  static let chunkSize = 64

  /// The steps of each file in `paths`, in order, loaded concurrently.
  func load(_ paths: [String]) -> [[ImportStep]] {
    let slots = Slots(count: paths.count)
    DispatchQueue.concurrentPerform(iterations: paths.count) { index in
      slots.set(index, load(paths[index]))
    }
    return slots.values
  }

  /// Reads one file and prepares its articles.
  func load(_ path: String) -> [ImportStep] {
    let bytes: [UInt8]
    do {
      let fd = try fileSystem.open(path, flags: O_RDONLY | O_NONBLOCK | O_NOCTTY, mode: 0)
      defer { fileSystem.closeQuietly(fd) }
      let status = try fileSystem.fstat(fd)
      guard status.kind == .regular else { return [.fail(path: path, .notRegularFile(name: path))] }
      let limit = TextDecoding.maxImportBytes
      if status.size > Int64(limit) {
        return [.fail(path: path, .tooLarge(name: path, bytes: status.size, limit: limit))]
      }
      bytes = try fileSystem.readAll(fd, limit: limit)
    } catch {
      return [.fail(path: path, .unreadable(name: path, failure: error))]
    }
    return steps(bytes, path: path, name: path, kind: ImportKind.forName(path))
  }

  /// The articles in `bytes`: through the first converter that accepts them, else as text.
  func steps(_ bytes: [UInt8], path: String, name: String, kind: ImportKind) -> [ImportStep] {
    for converter in converters {
      guard let conversion = converter.convert(bytes, name: name) else { continue }
      return steps(conversion, path: path, name: name)
    }
    do {
      let text = try TextDecoding.decode(bytes, name: name)
      let prepared = try ArticlePreparation.prepare(text, name: name, kind: kind, now: clock())
      return [.prepared(prepared, source: path)]
    } catch {
      return [.fail(path: path, error)]
    }
  }

  /// The articles a converter found in one file.
  func steps(_ conversion: Conversion, path: String, name: String) -> [ImportStep] {
    switch conversion {
    case .failed(let reason):
      return [.fail(path: path, .unusableDocument(name: name, reason: reason))]
    case .articles(let articles, let problems):
      var steps = problems.map {
        ImportStep.fail(path: path, .unusableDocument(name: name, reason: $0))
      }
      for (index, article) in articles.enumerated() {
        let itemName = "\(name) (item \(index + 1))"
        do {
          let prepared = try ArticlePreparation.prepare(
            article.articleFileText, name: itemName, kind: .text, now: clock())
          steps.append(.prepared(prepared, source: itemName))
        } catch {
          steps.append(.fail(path: itemName, error))
        }
      }
      return steps
    }
  }
}

/// Results filled in from several threads, each slot once.
private final class Slots: @unchecked Sendable {
  private let lock = NSLock()
  private var storage: [[ImportStep]]

  init(count: Int) { storage = Array(repeating: [], count: count) }

  func set(_ index: Int, _ value: [ImportStep]) { lock.withLock { storage[index] = value } }

  var values: [[ImportStep]] { lock.withLock { storage } }
}
