import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension ArticleStore {
  /// The most levels of directories an import descends.
  static let maxImportDepth = 64
  /// After this many new articles, `articles/` is fsynced before going on.
  static let importBatchSize = 256
  /// New articles indexed for search together, as one segment.
  static let searchSegmentImportSize = 5_000

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
  ///   - analyzer: finds each new article's people and organizations (on
  ///     all cores) for the entity cache; nil leaves that to `updateEntityCache`.
  ///   - progress: called after each group of files with (files done, files in all).
  ///   - standardInput: reads all of standard input; nil if it cannot be read.
  public func importPaths(
    _ paths: [String], converters: [any ArticleConverter] = [],
    analyzer: (any ArticleAnalyzer)? = nil, progress: ((Int, Int) -> Void)? = nil,
    standardInput: () -> Data?
  ) -> ImportReport {
    do {
      try requireWritable()
      try prepareForWriting()
    } catch {
      var report = ImportReport()
      for path in paths { report.fail(path, error) }
      return report
    }
    var run = ImportRun(
      store: self, converters: converters, analyzer: analyzer,
      present: PresentArticles(store: self))
    for path in paths {
      if path == "-" {
        run.pending.append(.standardInput)
      } else {
        // Loops are detected within one argument; naming a folder twice is not a loop.
        run.visited = []
        run.importPath(path, depth: 0, explicit: true)
      }
    }
    run.loadPending(progress: progress, standardInput: standardInput)
    run.publish()
    run.sync()
    // The three caches are separate files: bring them up to date side by side.
    let indexEntries = run.report.imported > 0 ? run.indexEntries : nil
    let searchDocuments = run.searchDocuments
    let analyses = run.analyses
    let analyzerVersion = analyzer?.version
    run.searchIndexing.wait()
    DispatchQueue.concurrentPerform(iterations: 3) { task in
      switch task {
      case 0: if let indexEntries { refreshIndexAfterImport(adding: indexEntries) }
      case 1: indexForSearch(searchDocuments)
      default:
        if let analyzerVersion {
          mergeIntoEntityCache(analyses, analyzerVersion: analyzerVersion)
        }
      }
    }
    return run.report
  }
}

/// A file to import, or standard input, in the order given.
private enum PendingInput {
  case file(String)
  case standardInput
}

/// Files being loaded on other threads; `wait` returns their steps.
private final class PendingLoad: @unchecked Sendable {
  let group = DispatchGroup()
  /// Written once by the loading thread before `group.leave()`.
  var results: [[ImportStep]] = []

  func wait() -> [[ImportStep]] {
    group.wait()
    return results
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
  var batch = ImportBatch()
  /// Files (and standard input) found, in order, not yet loaded.
  var pending: [PendingInput] = []
  var analyses: [(ArticleID, EntityCacheFile.Stamp, [ArticleEntity])] = []
  /// New articles not yet added to the search index.
  var searchDocuments: [SearchDocument] = []
  /// Search segments being written in the background.
  let searchIndexing = DispatchGroup()
  /// The list index's entries for the new articles (so the index refresh
  /// after the import does not read their headers back).
  var indexEntries: [StoreIndex.Entry] = []
  let loader: ImportLoader

  /// The articles present when the import began, and those it has staged since.
  var present: PresentArticles

  init(
    store: ArticleStore, converters: [any ArticleConverter], analyzer: (any ArticleAnalyzer)?,
    present: PresentArticles
  ) {
    self.store = store
    self.converters = converters
    self.suffixes = ImportKind.importableSuffixes + converters.flatMap(\.fileSuffixes)
    self.present = present
    self.loader = ImportLoader(
      fileSystem: store.fileSystem, converters: converters, clock: store.clock,
      analyzer: analyzer, layout: store.layout, present: present)
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

  /// Queues a file; queued files are loaded on both cores, then stored in order.
  mutating func importFile(_ path: String) {
    pending.append(.file(path))
  }

  /// Loads the queued files in groups, in parallel, and stores their articles in order.
  ///
  /// While one group is written (mostly waiting for the disk), the next is
  /// already being read, converted and analyzed.
  mutating func loadPending(
    progress: ((Int, Int) -> Void)?, standardInput: () -> Data?
  ) {
    let total = pending.count
    var groups: [[PendingInput]] = []
    var current: [PendingInput] = []
    for input in pending {
      if case .standardInput = input {
        if !current.isEmpty { groups.append(current) }
        groups.append([input])
        current = []
      } else {
        current.append(input)
        if current.count >= ImportLoader.chunkSize {
          groups.append(current)
          current = []
        }
      }
    }
    if !current.isEmpty { groups.append(current) }
    pending = []
    var done = 0
    // Two groups load ahead while one is written: a batch's fsyncs (waiting
    // for the disk) then never leave both cores without work.
    var loading: [PendingLoad?] = []
    func startNext() {
      let position = loading.count
      guard groups.indices.contains(position) else { return }
      if case .standardInput = groups[position].first {
        loading.append(nil)
      } else {
        loading.append(startLoading(groups[position]))
      }
    }
    startNext()
    startNext()
    for (position, group) in groups.enumerated() {
      let results = loading[position]?.wait() ?? [readStandardInput(standardInput)]
      loading[position] = nil
      startNext()
      for steps in results { apply(steps) }
      done += group.count
      progress?(done, total)
    }
  }

  /// Starts loading `group`'s files on other threads.
  func startLoading(_ group: [PendingInput]) -> PendingLoad {
    let paths = group.compactMap { input -> String? in
      if case .file(let path) = input { return path }
      return nil
    }
    let load = PendingLoad()
    let loader = self.loader
    load.group.enter()
    DispatchQueue.global(qos: .userInitiated).async {
      load.results = loader.load(paths)
      load.group.leave()
    }
    return load
  }

  /// The steps for standard input's bytes.
  func readStandardInput(_ standardInput: () -> Data?) -> [ImportStep] {
    guard let data = standardInput() else {
      let failure = SystemCallError(call: "read", path: "", code: EIO)
      return [.fail(path: "-", .unreadable(name: "standard input", failure: failure))]
    }
    return loader.steps(Array(data), path: "-", name: "standard input", kind: .automatic)
  }

  /// Records failures and stages prepared articles, publishing full batches.
  mutating func apply(_ steps: [ImportStep]) {
    for step in steps {
      switch step {
      case .fail(let path, let error):
        report.fail(path, error)
      case .warn(let path, let error):
        report.warn(path, error)
      case .prepared(let prepared, let source):
        do {
          try batch.add(prepared, source: source, store: store, present: &present)
          if batch.isFull { publish() }
        } catch {
          report.fail(source, error)
        }
      }
    }
  }

  /// Fsyncs and links the staged articles, recording each outcome in order.
  mutating func publish() {
    let (results, published) = batch.publish(store: store)
    for article in published {
      if let entities = article.prepared.entities {
        analyses.append((article.id, article.stamp, entities))
      }
      indexEntries.append(
        StoreIndex.Entry(
          kind: .article,
          summary: ArticleStore.summary(id: article.id, file: article.prepared.file),
          size: article.stamp.size, modificationTime: article.stamp.modificationTime))
      searchDocuments.append(
        SearchDocument(
          id: article.id, stamp: article.stamp, title: article.prepared.file.title ?? "",
          body: article.prepared.file.body))
    }
    if searchDocuments.count >= ArticleStore.searchSegmentImportSize { flushSearchDocuments() }
    for (source, result) in results {
      switch result {
      case .success(let outcome):
        report.record(outcome)
        if case .imported = outcome { unsynced += 1 }
      case .failure(let error):
        report.fail(source ?? "", error)
      }
    }
    if unsynced >= ArticleStore.importBatchSize { sync() }
  }

  /// Adds the new articles to the search index as one segment (after they are durable).
  ///
  /// Indexes on another thread while the import goes on; `importPaths` waits
  /// for it (`searchIndexing`) before returning.
  mutating func flushSearchDocuments() {
    guard !searchDocuments.isEmpty else { return }
    sync()
    let documents = searchDocuments
    let store = self.store
    DispatchQueue.global(qos: .utility).async(group: searchIndexing) {
      store.indexForSearch(documents)
    }
    searchDocuments = []
  }

  /// Makes the articles imported so far durable; reports if that fails.
  mutating func sync() {
    guard unsynced > 0 else { return }
    unsynced = 0
    do { try store.syncArticles() } catch { report.fail(store.layout.articles, error) }
  }
}
