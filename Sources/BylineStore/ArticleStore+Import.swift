import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension ArticleStore {
  /// The most levels of directories an import descends.
  static let maxImportDepth = 64
  /// After this many new articles, `articles/` is fsynced before going on.
  static let importBatchSize = 256

  /// Imports files, directories (recursively) and `-` (standard input).
  ///
  /// In directories, files whose names end in `.txt`, `.text`, `.md` or
  /// `.markdown` (and the like) are imported; hidden files and folders are
  /// skipped, and symbolic links are followed but each directory is visited
  /// once, so link loops end. A failure is reported and the rest go on. New
  /// articles are made durable (one directory fsync per batch) before this
  /// returns. Files over 8 MiB, empty files, binary files (a NUL byte or
  /// invalid UTF-8), unreadable files and devices or pipes are failures.
  /// - Parameters:
  ///   - converters: formats besides text and Markdown (feeds, HTML), tried
  ///     in order on every file's bytes; in directories, files with their
  ///     `fileSuffixes` are imported too.
  ///   - standardInput: reads all of standard input; nil if it cannot be read.
  public func importPaths(
    _ paths: [String], converters: [any ArticleConverter] = [], standardInput: () -> Data?
  ) -> ImportReport {
    var run = ImportRun(store: self, converters: converters)
    do {
      try requireWritable()
      try prepareForWriting()
    } catch {
      for path in paths { run.report.fail(path, error) }
      return run.report
    }
    for path in paths {
      if path == "-" {
        guard let data = standardInput() else {
          let failure = SystemCallError(call: "read", path: "", code: EIO)
          run.report.fail("-", .unreadable(name: "standard input", failure: failure))
          continue
        }
        run.importBytes(Array(data), path: "-", name: "standard input", kind: .automatic)
      } else {
        // Loops are detected within one argument; naming a folder twice is not a loop.
        run.visited = []
        run.importPath(path, depth: 0, explicit: true)
      }
    }
    run.sync()
    return run.report
  }
}

/// One `importPaths` call: the report so far and the directories visited.
private struct ImportRun {
  let store: ArticleStore
  let converters: [any ArticleConverter]
  let suffixes: [String]
  var report = ImportReport()
  var visited: Set<[UInt64]> = []
  var unsynced = 0

  init(store: ArticleStore, converters: [any ArticleConverter]) {
    self.store = store
    self.converters = converters
    self.suffixes = ImportKind.importableSuffixes + converters.flatMap(\.fileSuffixes)
  }

  var fileSystem: any FileSystem { store.fileSystem }

  mutating func importPath(_ path: String, depth: Int, explicit: Bool) {
    let status: FileStatus
    do {
      status = try fileSystem.stat(path, followLinks: true)
    } catch {
      report.fail(path, .unreadable(name: path, failure: error))
      return
    }
    switch status.kind {
    case .directory:
      importDirectory(path, status: status, depth: depth)
    case .regular:
      if explicit || suffixes.contains(where: { path.lowercased().hasSuffix($0) }) {
        importFile(path)
      } else {
        report.skipped.append(path)
      }
    default:
      if explicit { report.fail(path, .notRegularFile(name: path)) }
    }
  }

  mutating func importDirectory(_ path: String, status: FileStatus, depth: Int) {
    guard visited.insert([status.device, status.inode]).inserted else {
      report.fail(path, .directoryLoop(path: path))
      return
    }
    guard depth < ArticleStore.maxImportDepth else {
      let failure = SystemCallError(call: "opendir", path: path, code: ELOOP)
      report.fail(path, .unreadable(name: path, failure: failure))
      return
    }
    let names: [String]
    do {
      names = try fileSystem.listDirectory(path)
    } catch {
      report.fail(path, .unreadable(name: path, failure: error))
      return
    }
    let base = path.hasSuffix("/") ? path : path + "/"
    for name in names.sorted() where !name.hasPrefix(".") {
      importPath(base + name, depth: depth + 1, explicit: false)
    }
  }

  mutating func importFile(_ path: String) {
    let bytes: [UInt8]
    do {
      let fd = try fileSystem.open(path, flags: O_RDONLY | O_NONBLOCK | O_NOCTTY, mode: 0)
      defer { fileSystem.closeQuietly(fd) }
      let status = try fileSystem.fstat(fd)
      guard status.kind == .regular else {
        report.fail(path, .notRegularFile(name: path))
        return
      }
      let limit = TextDecoding.maxImportBytes
      if status.size > Int64(limit) {
        report.fail(path, .tooLarge(name: path, bytes: status.size, limit: limit))
        return
      }
      bytes = try fileSystem.readAll(fd, limit: limit)
    } catch {
      report.fail(path, .unreadable(name: path, failure: error))
      return
    }
    importBytes(bytes, path: path, name: path, kind: ImportKind.forName(path))
  }

  mutating func importBytes(_ bytes: [UInt8], path: String, name: String, kind: ImportKind) {
    for converter in converters {
      guard let conversion = converter.convert(bytes, name: name) else { continue }
      importConversion(conversion, path: path, name: name)
      return
    }
    do {
      let text = try TextDecoding.decode(bytes, name: name)
      let prepared = try ArticlePreparation.prepare(
        text, name: name, kind: kind, now: store.clock())
      let outcome = try store.store(prepared)
      report.record(outcome)
      if case .imported = outcome { unsynced += 1 }
      if unsynced >= ArticleStore.importBatchSize { sync() }
    } catch {
      report.fail(path, error)
    }
  }

  /// Stores the articles a converter found in one file.
  mutating func importConversion(_ conversion: Conversion, path: String, name: String) {
    switch conversion {
    case .failed(let reason):
      report.fail(path, .unusableDocument(name: name, reason: reason))
    case .articles(let articles, let problems):
      for problem in problems { report.fail(path, .unusableDocument(name: name, reason: problem)) }
      for (index, article) in articles.enumerated() {
        let itemName = "\(name) (item \(index + 1))"
        do {
          let prepared = try ArticlePreparation.prepare(
            article.articleFileText, name: itemName, kind: .text, now: store.clock())
          let outcome = try store.store(prepared)
          report.record(outcome)
          if case .imported = outcome { unsynced += 1 }
          if unsynced >= ArticleStore.importBatchSize { sync() }
        } catch {
          report.fail(itemName, error)
        }
      }
    }
  }

  /// Makes the articles imported so far durable; reports if that fails.
  mutating func sync() {
    guard unsynced > 0 else { return }
    unsynced = 0
    do { try store.syncArticles() } catch { report.fail(store.layout.articles, error) }
  }
}
