import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension ArticleStore {
  /// Articles analyzed between two saves of the entity cache while updating it.
  static let entityCacheSaveInterval = 5_000

  /// Brings the entity cache up to date.
  ///
  /// Analyzes every article that has no record for its current file (new, edited outside Byline, or analyzed by
  /// another `analyzer.version`) on all cores, drops records of deleted
  /// articles, and saves. Imports analyze as they go, so this finds work only
  /// after a model upgrade, an edit or a lost cache.
  /// - Parameter progress: called now and then with (done, total to analyze).
  /// - Returns: how many articles were analyzed.
  /// - Throws: `.io` when `articles/` cannot be listed.
  @discardableResult
  public func updateEntityCache(
    using analyzer: any ArticleAnalyzer, progress: ((Int, Int) -> Void)? = nil
  ) throws(StoreError) -> Int {
    // Usually nothing changed: check that without loading either file.
    if entityCacheIsCurrent(analyzerVersion: analyzer.version) { return 0 }
    let entries = try articleStamps()
    let existing = loadEntityCache()
    var builder = EntityCacheBuilder(existing: existing, analyzerVersion: analyzer.version)
    var known: [ArticleID: EntityCacheFile.Stamp] = [:]
    known.reserveCapacity(builder.file.records.count)
    for record in builder.file.records { known[record.id] = record.stamp }
    let missing = entries.filter {
      known[$0.id] != EntityCacheFile.Stamp(size: $0.size, modificationTime: $0.modificationTime)
    }
    let ids = Set(entries.map(\.id))
    let hasDeleted = builder.file.records.contains { !ids.contains($0.id) }
    guard !missing.isEmpty || hasDeleted || existing?.analyzerVersion != analyzer.version else {
      return 0
    }
    var done = 0
    var sinceSave = 0
    progress?(0, missing.count)
    for chunk in stride(from: 0, to: missing.count, by: 256).map({
      missing[$0..<min($0 + 256, missing.count)]
    }) {
      let results = analyze(Array(chunk), using: analyzer)
      for (entry, entities) in zip(chunk, results) {
        guard let entities else { continue }
        builder.add(
          entry.id,
          stamp: EntityCacheFile.Stamp(size: entry.size, modificationTime: entry.modificationTime),
          entities: entities)
      }
      done += chunk.count
      sinceSave += chunk.count
      progress?(done, missing.count)
      if sinceSave >= Self.entityCacheSaveInterval {
        saveEntityCache(builder.finish(keeping: ids))
        sinceSave = 0
      }
    }
    saveEntityCache(builder.finish(keeping: ids))
    return done
  }

  /// Whether the cache has a record, made by `analyzerVersion`, for exactly
  /// the articles of the fresh index with their current size and time.
  ///
  /// Two streamed passes comparing digests (``StampDigest``): neither file
  /// is held whole and no list of ids is built, so the reader's background
  /// check costs a window of memory. False when either file cannot be streamed
  /// or the index is not fresh (then the caller compares in full).
  func entityCacheIsCurrent(analyzerVersion: String) -> Bool {
    guard let index = freshIndexDigest(), var stream = entityCacheStream() else { return false }
    var cache = StampDigest()
    let version = EntityCacheFile.stream(
      &stream, name: { _ in },
      record: { id, stamp, reader, nameCount in
        id.withUTF8 {
          cache.add($0, size: stamp.size, modificationTime: stamp.modificationTime)
        }
        return EntityCacheFile.skipEntities(&reader, nameCount: nameCount)
      })
    return version == analyzerVersion && cache == index
  }

  /// The digest of the listed articles' ids, sizes and times, when the index
  /// is fresh (not racy, built at `articles/`'s current time, nothing unreadable).
  func freshIndexDigest() -> StampDigest? {
    guard let directory = try? articlesStatus(), var stream = indexStream(),
      let header = StoreIndex.header(&stream), !header.isRacy,
      header.directoryModificationTime == directory.modificationTime
    else { return nil }
    var digest = StampDigest()
    let complete = StoreIndex.forEachEntry(&stream, count: header.count) { reader in
      guard let entry = reader.stampFields(), entry.kind != .unreadable else { return false }
      if entry.kind == .article {
        digest.add(
          UnsafeRawBufferPointer(rebasing: reader.raw[entry.id]), size: entry.size,
          modificationTime: entry.modificationTime)
      }
      return true
    }
    return complete && stream.finish() ? digest : nil
  }

  /// The id, size and time of every listed article, from the index's stamps when the
  /// index is fresh (no second copy of every summary), else from a refreshed index.
  func articleStamps() throws(StoreError) -> [StoreIndex.Stamp] {
    if let directory = try articlesStatus(), let current = currentStamps(), !current.racy,
      current.directoryTime == directory.modificationTime,
      !current.stamps.contains(where: { $0.kind == .unreadable })
    {
      return current.stamps.filter { $0.kind == .article }
    }
    return try currentIndexEntries().filter { $0.kind == .article }.map {
      StoreIndex.Stamp(
        id: $0.summary.id, kind: $0.kind, size: $0.size, modificationTime: $0.modificationTime)
    }
  }

  /// Each entry's entities, analyzed in parallel; nil for a file that could not be read.
  private func analyze(
    _ entries: [StoreIndex.Stamp], using analyzer: any ArticleAnalyzer
  ) -> [[ArticleEntity]?] {
    let results = ResultSlots<[ArticleEntity]?>(count: entries.count, initial: nil)
    DispatchQueue.concurrentPerform(iterations: entries.count) { position in
      guard let article = try? articleWithoutState(entries[position].id) else { return }
      results.set(position, analyzer.entities(of: article))
    }
    return results.values
  }

  /// The store-wide catalog of entities for `summaries` (the list the reader shows),
  /// from the cache written by `analyzer version`, with the user's corrections applied.
  ///
  /// Fast (no article is read); articles without a cached analysis are
  /// counted in `unanalyzedArticles` (run `updateEntityCache` to fill them in).
  public func entityCatalog(
    for summaries: [ArticleSummary], analyzerVersion: String
  ) -> EntityCatalog {
    let corrections = (try? corrections()) ?? EntityCorrections()
    if var stream = entityCacheStream(),
      let catalog = EntityCatalog.build(
        streaming: &stream, analyzerVersion: analyzerVersion, summaries: summaries,
        corrections: corrections)
    {
      return catalog
    }
    // Missing, damaged or with a record too large to stream: read it whole.
    let cache = loadEntityCache().flatMap { $0.analyzerVersion == analyzerVersion ? $0 : nil }
    return EntityCatalog.build(from: cache, summaries: summaries, corrections: corrections)
  }

  /// The cached entities of one article for `analyzerVersion`; nil when not analyzed.
  public func cachedEntities(of id: ArticleID, analyzerVersion: String) -> [ArticleEntity]? {
    guard let cache = loadEntityCache(), cache.analyzerVersion == analyzerVersion else {
      return nil
    }
    return cache.record(for: id).map(cache.entities(of:))
  }

  /// Adds the analyses made during an import to the cache (best effort: derived data).
  func mergeIntoEntityCache(
    _ analyses: [(ArticleID, EntityCacheFile.Stamp, [ArticleEntity])], analyzerVersion: String
  ) {
    guard !analyses.isEmpty, !isReadOnly else { return }
    // Usually: merged from the old file's bytes, without decoding it.
    if let bytes = loadCacheBytes(layout.entityCache),
      let merged = EntityCacheFile.merged(
        existing: bytes, analyzerVersion: analyzerVersion, adding: analyses)
    {
      saveCacheFile(merged, at: layout.entityCache)
      return
    }
    var builder = EntityCacheBuilder(existing: loadEntityCache(), analyzerVersion: analyzerVersion)
    for (id, stamp, entities) in analyses { builder.add(id, stamp: stamp, entities: entities) }
    saveEntityCache(builder.finish())
  }

  /// The entity cache file, opened for one front-to-back pass.
  func entityCacheStream() -> CacheFileStream? {
    CacheFileStream(path: layout.entityCache, fileSystem: fileSystem, maxBytes: Self.maxIndexBytes)
  }

  /// The entity cache file, if present and valid.
  func loadEntityCache() -> EntityCacheFile? {
    loadCacheBytes(layout.entityCache).flatMap(EntityCacheFile.decode)
  }

  /// Best effort: writes the entity cache atomically.
  func saveEntityCache(_ file: EntityCacheFile) {
    saveCacheFile(file.encoded(), at: layout.entityCache)
  }
}

/// Results filled in from several threads, each slot once.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var storage: [Value]

  init(count: Int, initial: Value) { storage = Array(repeating: initial, count: count) }

  func set(_ index: Int, _ value: Value) { lock.withLock { storage[index] = value } }

  var values: [Value] { lock.withLock { storage } }
}
