import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One result of reading and preparing an import file: a failure or an article to store.
enum ImportStep: Sendable {
  case fail(path: String, StoreError)
  /// Something in a file was skipped (a broken feed item) but the rest was imported.
  case warn(path: String, StoreError)
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
  /// Runs on each new article, in parallel, so the store can cache its entities.
  var analyzer: (any ArticleAnalyzer)? = nil
  /// Where articles go: one already there is not analyzed again.
  var layout: StoreLayout? = nil
  /// The articles there when the import began (a file is looked up only if listed).
  var present: PresentArticles? = nil

  /// Files loaded per parallel round.
  static let chunkSize = 64

  /// The steps of each file in `paths`, in order, loaded concurrently.
  func load(_ paths: [String]) -> [[ImportStep]] {
    let slots = ResultSlots<[ImportStep]>(count: paths.count, initial: [])
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
      return [.prepared(analyzed(prepared), source: path)]
    } catch {
      return [.fail(path: path, error)]
    }
  }

  /// `prepared` with its entities, unless there is no analyzer or the store has it already.
  func analyzed(_ prepared: PreparedArticle) -> PreparedArticle {
    guard let analyzer else { return prepared }
    if let layout, present?.mayContain(prepared.id) ?? true,
      fileSystem.exists(layout.articlePath(prepared.id))
    {
      return prepared
    }
    var result = prepared
    result.entities = analyzer.entities(
      of: ArticleStore.article(id: prepared.id, file: prepared.file))
    return result
  }

  /// The articles a converter found in one file.
  func steps(_ conversion: Conversion, path: String, name: String) -> [ImportStep] {
    switch conversion {
    case .failed(let reason):
      return [.fail(path: path, .unusableDocument(name: name, reason: reason))]
    case .articles(let articles, let problems):
      var steps = problems.map {
        ImportStep.warn(path: path, .unusableDocument(name: name, reason: $0))
      }
      for (index, article) in articles.enumerated() {
        let itemName = "\(name) (item \(index + 1))"
        do {
          let prepared = try ArticlePreparation.prepare(
            article.articleFileText, name: itemName, kind: .text, now: clock())
          steps.append(.prepared(analyzed(prepared), source: itemName))
        } catch {
          steps.append(.fail(path: itemName, error))
        }
      }
      return steps
    }
  }
}
