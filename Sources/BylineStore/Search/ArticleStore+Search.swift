import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension ArticleStore {
  /// Articles per segment when indexing many at once.
  static let searchSegmentDocuments = 10_000
  /// Merges never make a segment with more live articles than this.
  static let searchMaxMergedDocuments = 20_000
  /// More small segments than this (under half `searchMaxMergedDocuments`) get merged.
  static let searchMaxSmallSegments = 6

  var searchDirectory: SearchIndexDirectory {
    SearchIndexDirectory(fileSystem: fileSystem, layout: layout, writer: writer)
  }

  /// Brings the full-text search index up to date with the article files.
  ///
  /// Indexes every article the index does not have for its current file
  /// (keyed by id, size and modification time, so edits outside Byline are
  /// indexed again), on all cores, in segments of `searchSegmentDocuments`;
  /// marks deleted and superseded articles as gone; merges small segments. An
  /// index that is damaged is dropped and rebuilt. Nothing is re-tokenized
  /// that was indexed before: an import of 10 articles into a 100,000-article
  /// store writes one small segment. A read-only store is left as it is
  /// (`search` then reads unindexed articles' files).
  /// - Parameter progress: called now and then with (done, total to index).
  /// - Returns: how many articles were indexed.
  /// - Throws: `.io` when `articles/` cannot be listed or the index cannot be written.
  @discardableResult
  public func updateSearchIndex(progress: ((Int, Int) -> Void)? = nil) throws(StoreError) -> Int {
    guard !isReadOnly else { return 0 }
    let directory = searchDirectory
    return try directory.withLock { () throws(StoreError) -> Int in
      var state = SearchIndexState.load(directory, verify: false)
      let (wanted, unindexed) = try searchWork()
      let indexed = state.markDeleted(keeping: wanted)
      let missing = unindexed.filter { !indexed.contains($0.key) }
      let changedBefore = state.changed
      progress?(0, missing.count)
      var done = 0
      let chunks = stride(from: 0, to: missing.count, by: Self.searchSegmentDocuments).map {
        Array(missing[$0..<min($0 + Self.searchSegmentDocuments, missing.count)])
      }
      // Two segments at a time, one per core.
      for round in stride(from: 0, to: chunks.count, by: 2) {
        let group = Array(chunks[round..<min(round + 2, chunks.count)])
        let built = ResultSlots<(bytes: [UInt8], count: Int)?>(count: group.count, initial: nil)
        DispatchQueue.concurrentPerform(iterations: group.count) { slot in
          var builder = SearchSegmentBuilder()
          for entry in group[slot] {
            if let document = searchDocument(entry) { builder.add(document) }
          }
          built.set(slot, (builder.encoded(), builder.documentCount))
        }
        for (slot, segment) in built.values.enumerated() {
          guard let segment else { continue }
          try state.add(segment.bytes, documentCount: segment.count, directory)
          done += group[slot].count
          progress?(done, missing.count)
        }
      }
      try state.mergeIfNeeded(directory)
      if state.changed || changedBefore || directory.loadManifest() == nil {
        try directory.saveManifest(state.manifest)
      }
      return done
    }
  }

  /// The keys of every article file, and the entries of those not indexed yet.
  ///
  /// A function of its own so the full entry list (tens of MiB for 100,000
  /// articles) is released before indexing starts.
  private func searchWork() throws(StoreError) -> (Set<UInt64>, [SearchWorkItem]) {
    let entries = try currentIndexEntries()
    var wanted: Set<UInt64> = []
    wanted.reserveCapacity(entries.count)
    for entry in entries where entry.kind == .article { wanted.insert(SearchDocument.key(entry)) }
    let manifest = searchDirectory.loadManifest()
    guard manifest != nil else {
      return (wanted, entries.filter { $0.kind == .article }.map(SearchWorkItem.init))
    }
    // Only entries not in the index are kept (the caller rechecks against live documents).
    var known: Set<UInt64> = []
    for segment in manifest?.segments ?? [] {
      guard
        let file = SearchSegment(
          path: searchDirectory.segmentPath(segment.name), fileSystem: fileSystem)
      else { continue }
      _ = file.forEachDocument { number, key, _ in
        if !segment.isDeleted(number) { known.insert(key) }
      }
    }
    let missing = entries.filter { $0.kind == .article && !known.contains(SearchDocument.key($0)) }
    return (wanted, missing.map(SearchWorkItem.init))
  }

  /// An article to index: its id and the key of its file (no summary, to keep 100,000 small).
  struct SearchWorkItem: Sendable {
    var id: ArticleID
    var key: UInt64

    init(_ entry: StoreIndex.Entry) {
      id = entry.summary.id
      key = SearchDocument.key(entry)
    }
  }

  /// The searchable text of the file an index entry describes; nil when it cannot be read.
  ///
  /// Reads the file with one `pread` of its size (`articleWithoutState` reads
  /// in 1 MiB pieces, which cost more than tokenizing).
  func searchDocument(_ entry: SearchWorkItem) -> SearchDocument? {
    let id = entry.id
    guard ArticleID.isValid(id.rawValue),
      let fd = try? fileSystem.open(
        layout.articlePath(id), flags: O_RDONLY | O_NONBLOCK | O_NOFOLLOW, mode: 0)
    else { return nil }
    defer { fileSystem.closeQuietly(fd) }
    guard let status = try? fileSystem.fstat(fd), status.kind == .regular,
      status.size <= Int64(Self.maxArticleBytes),
      let bytes = SearchSegment.pread(fd, offset: 0, count: Int(status.size))
    else { return nil }
    let article = Self.article(id: id, file: ArticleFile.parse(Self.text(bytes)))
    return SearchDocument(
      id: id, key: entry.key, text: article.summary.title + "\n" + article.body)
  }

  /// Adds freshly imported articles to the search index as one new segment.
  ///
  /// Meant for the import, after its articles are published: it costs one
  /// tokenization per article (about 0.05 ms for 400 words) and never reads
  /// the rest of the index. Best effort, like every cache: a failure only
  /// leaves the articles for `updateSearchIndex`.
  func indexForSearch(_ documents: [SearchDocument]) {
    guard !documents.isEmpty, !isReadOnly else { return }
    let directory = searchDirectory
    _ = try? directory.withLock { () throws(StoreError) -> Void in
      var builder = SearchSegmentBuilder()
      for document in documents { builder.add(document) }
      var state = SearchIndexState.load(directory, verify: false)
      try state.add(builder.encoded(), documentCount: builder.documentCount, directory)
      try state.mergeIfNeeded(directory)
      try directory.saveManifest(state.manifest)
    }
  }
}
