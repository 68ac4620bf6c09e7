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
    let (known, version) = cachedStamps(analyzerVersion: analyzer.version)
    let missing = entries.filter {
      known[$0.id] != EntityCacheFile.Stamp(size: $0.size, modificationTime: $0.modificationTime)
    }
    let ids = Set(entries.map(\.id))
    let hasDeleted = known.keys.contains { !ids.contains($0) }
    guard !missing.isEmpty || hasDeleted || version != analyzer.version else { return 0 }
    var done = 0
    // Saved every `entityCacheSaveInterval` articles (streamed into the file,
    // so memory holds only these), and records of deleted articles dropped.
    var pending: [(ArticleID, EntityCacheFile.Stamp, [ArticleEntity])] = []
    var merged = false
    progress?(0, missing.count)
    for start in stride(from: 0, to: missing.count, by: 256) {
      let chunk = Array(missing[start..<min(start + 256, missing.count)])
      for (entry, entities) in zip(chunk, analyze(chunk, using: analyzer)) {
        guard let entities else { continue }
        let stamp = EntityCacheFile.Stamp(
          size: entry.size, modificationTime: entry.modificationTime)
        pending.append((entry.id, stamp, entities))
      }
      done += chunk.count
      progress?(done, missing.count)
      if pending.count >= Self.entityCacheSaveInterval {
        mergeIntoEntityCache(pending, analyzerVersion: analyzer.version, keeping: ids)
        pending = []
        merged = true
      }
    }
    // The last save may have been the loop's (then the file is already complete);
    // without any, this one also drops deleted articles or replaces another version.
    if !pending.isEmpty || !merged {
      mergeIntoEntityCache(pending, analyzerVersion: analyzer.version, keeping: ids)
    }
    return done
  }

  /// The size and time each cached record was made for, when the cache has
  /// `analyzerVersion` (else none), and the version the cache has.
  private func cachedStamps(
    analyzerVersion: String
  ) -> (stamps: [ArticleID: EntityCacheFile.Stamp], version: String?) {
    var stamps: [ArticleID: EntityCacheFile.Stamp] = [:]
    if var stream = entityCacheStream() {
      var found: String?
      let version = EntityCacheFile.stream(
        &stream,
        version: { version in
          found = version
          return version == analyzerVersion
        }, name: { _ in },
        record: { id, stamp, reader, nameCount in
          stamps[id] = stamp
          return EntityCacheFile.skipEntities(&reader, nameCount: nameCount)
        })
      // Read whole, of this version; or of another version, or no header at all.
      if let version { return (stamps, version) }
      if found != analyzerVersion { return ([:], found) }
    }
    // Not streamable (damaged, or a record larger than the stream's window): read it whole.
    guard let cache = loadEntityCache() else { return ([:], nil) }
    guard cache.analyzerVersion == analyzerVersion else { return ([:], cache.analyzerVersion) }
    for record in cache.records { stamps[record.id] = record.stamp }
    return (stamps, cache.analyzerVersion)
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
  ///
  /// An index an import just wrote (racy) counts as fresh when `articles/`
  /// holds as many article files as it lists, as at start-up: refreshing it
  /// would hold the whole index twice.
  func articleStamps() throws(StoreError) -> [StoreIndex.Stamp] {
    if let directory = try articlesStatus(), let current = currentStamps(),
      current.directoryTime == directory.modificationTime,
      !current.stamps.contains(where: { $0.kind == .unreadable })
    {
      let counted = current.racy ? try articleFileCount() : current.stamps.count
      if counted == current.stamps.count { return current.stamps.filter { $0.kind == .article } }
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

  /// Adds `analyses` to the cache (best effort: derived data), keeping only
  /// records of ids in `keep` when given.
  ///
  /// Streams the old file into the new one (see `EntityCacheMerge`), so
  /// memory stays at two windows plus the analyses, however large the store.
  /// A cache of another analyzer version is replaced by one of `analyzerVersion`.
  func mergeIntoEntityCache(
    _ analyses: [(ArticleID, EntityCacheFile.Stamp, [ArticleEntity])], analyzerVersion: String,
    keeping keep: Set<ArticleID>? = nil
  ) {
    guard !analyses.isEmpty || keep != nil, !isReadOnly else { return }
    let merge = EntityCacheMerge(
      analyses: analyses, analyzerVersion: analyzerVersion, keeping: keep,
      open: { entityCacheStream() })
    if !merge.usesOldFile, merge.oldFileVersion == analyzerVersion {
      // This version's file, but not streamable (damaged, or a record larger
      // than the stream's window): merged in memory, as a whole.
      var builder = EntityCacheBuilder(
        existing: loadEntityCache(), analyzerVersion: analyzerVersion)
      for (id, stamp, entities) in analyses { builder.add(id, stamp: stamp, entities: entities) }
      saveEntityCache(builder.finish(keeping: keep))
      return
    }
    replaceCacheFile(at: layout.entityCache) { fd in
      var output = CacheFileWriter(fileSystem: fileSystem, fd: fd, length: merge.length)
      return merge.write(to: &output, open: { entityCacheStream() }) && output.finish()
    }
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
