import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension ArticleStore {
  /// An `articles/` modification time this close (seconds) to the index build is not trusted:
  /// a file linked in the same clock tick would leave the time unchanged.
  static let racyWindow: Double = 2

  /// Checks the index against the article files in full, and rewrites it if anything changed.
  ///
  /// Meant for a background task after the first frame: it `lstat`s every
  /// article file (about 340 ms for 100,000 files), re-reads the headers of
  /// files whose size or modification time differ from the index (an
  /// article edited in place outside Byline), adds new files and drops
  /// removed ones. Start-up (`summaries()`) only compares `articles/`'s
  /// modification time, so this is what catches in-place edits. A read-only
  /// store is swept but its index is not written.
  /// - Returns: true when the index changed, so the caller should reload `summaries()`.
  /// - Throws: `.io` when `articles/` cannot be listed.
  public func sweepIndex() throws(StoreError) -> Bool {
    guard let directory = try articlesStatus() else { return false }
    // First a light check (names, sizes and times only); the full index, a
    // second copy of every summary, is loaded only when something changed.
    switch try indexCheck(directoryTime: directory.modificationTime) {
    case .matches:
      return false
    case .matchesButRacy:
      // Every file checked: once the folder's time is old enough to trust,
      // only the flag is wrong (an index left by an import), so it is cleared in place.
      if clock().timeIntervalSince1970 - directory.modificationTime >= Self.racyWindow {
        clearRacyFlag(directoryTime: directory.modificationTime)
      }
      return false
    case .differs:
      return try refreshIndex(from: loadIndex(), directory: directory, sweep: true).changed
    }
  }

  /// What a sweep's light check found.
  enum IndexCheck {
    case matches, matchesButRacy, differs
  }

  /// The index's stamps, when the index file is valid.
  func currentStamps() -> (stamps: [StoreIndex.Stamp], directoryTime: Double, racy: Bool)? {
    guard var stream = indexStream() else { return nil }
    return StoreIndex.stamps(&stream)
  }

  /// The index file, opened for one front-to-back pass.
  func indexStream() -> CacheFileStream? {
    CacheFileStream(
      path: layout.index, fileSystem: fileSystem, maxBytes: Self.maxIndexBytes, wideChecksum: true)
  }

  /// Whether the index is fresh for `directoryTime` and `articles/` holds
  /// exactly its files (and whether it is marked racy).
  ///
  /// Each file must have the recorded size and modification time, and none
  /// may be unreadable. Streams the index: no list of its entries is built.
  private func indexCheck(directoryTime: Double) throws(StoreError) -> IndexCheck {
    guard var stream = indexStream(), let header = StoreIndex.header(&stream),
      header.directoryModificationTime == directoryTime
    else { return .differs }
    var expected = 0
    let complete = StoreIndex.forEachEntry(&stream, count: header.count) { reader in
      guard let entry = reader.stampFields(), entry.kind != .unreadable else { return false }
      expected += 1
      let path = layout.articlePath(reader.articleID(entry.id))
      guard let status = try? fileSystem.stat(path, followLinks: false) else { return false }
      return status.size == entry.size && status.modificationTime == entry.modificationTime
    }
    guard complete, stream.finish() else { return .differs }
    // Counted as read: a list of 100,000 names would be the sweep's largest allocation.
    guard try articleFileCount() == expected else { return .differs }
    return header.isRacy ? .matchesButRacy : .matches
  }

  /// The index entries for the current files: from the index when it is valid and
  /// fresh, else updated from a listing of `articles/` (and saved).
  func currentIndexEntries(
    progress: ((Int, Int) -> Void)? = nil
  ) throws(StoreError) -> [StoreIndex.Entry] {
    guard let directory = try articlesStatus() else { return [] }
    guard let index = loadIndex() else {
      return try refreshIndex(
        from: nil, directory: directory, sweep: false, progress: progress
      ).index.entries
    }
    guard !index.isRacy, index.directoryModificationTime == directory.modificationTime else {
      return try refreshIndex(
        from: index, directory: directory, sweep: false, progress: progress
      ).index.entries
    }
    guard index.entries.contains(where: { $0.kind == .unreadable }) else { return index.entries }
    // Files that could not be read last time are retried (and the index fixed if they now can).
    var retried = index
    for position in retried.entries.indices where retried.entries[position].kind == .unreadable {
      let id = retried.entries[position].summary.id
      retried.entries[position] = readEntry(id) ?? retried.entries[position]
    }
    guard retried != index else { return index.entries }
    retried.entries.sort { Self.newestFirst($0.summary, $1.summary) }
    saveIndex(retried)
    return retried.entries
  }

  /// Updates the index after an import, if there is a valid one (a missing one is
  /// built by the next `summaries()`).
  /// - Parameter added: entries of the articles the import just wrote (their
  ///   headers need not be read back).
  func refreshIndexAfterImport(adding added: [StoreIndex.Entry] = []) {
    guard let index = loadIndex(), let directory = try? articlesStatus() else { return }
    _ = try? refreshIndex(from: index, directory: directory, sweep: false, adding: added)
  }

  /// Lists `articles/`, reusing `previous` entries by name (and, when `sweep`, only
  /// if their size and modification time are unchanged); saves the result if it differs.
  /// - Parameter progress: called now and then with (files read, files to read)
  ///   while headers are read (all of them when there is no usable index).
  /// - Parameter added: entries known without reading their files (just written).
  func refreshIndex(
    from previous: StoreIndex?, directory: FileStatus, sweep: Bool,
    progress: ((Int, Int) -> Void)? = nil, adding added: [StoreIndex.Entry] = []
  ) throws(StoreError) -> (index: StoreIndex, changed: Bool) {
    let names: [String]
    do {
      names = try fileSystem.listDirectory(layout.articles)
    } catch {
      if error.code == ENOENT {
        return (StoreIndex(directoryModificationTime: 0, isRacy: true, entries: []), false)
      }
      throw StoreError.io(action: "listing the articles", failure: error)
    }
    // Known entries by id: previous ones by position (those kept stay in their
    // order, already newest first), then the added ones (which win).
    let previousEntries = previous?.entries ?? []
    // (Keyed by packed ids, so looking a file name up allocates nothing.)
    var known: [ArticleIDKey: Int] = [:]
    known.reserveCapacity(previousEntries.count + added.count)
    for (position, entry) in previousEntries.enumerated() where entry.kind != .unreadable {
      if let key = ArticleIDKey(entry.summary.id) { known[key] = position }
    }
    for (offset, entry) in added.enumerated() {
      if let key = ArticleIDKey(entry.summary.id) { known[key] = previousEntries.count + offset }
    }
    var kept = [Bool](repeating: false, count: previousEntries.count)
    var others: [StoreIndex.Entry] = []
    let toRead = progress == nil ? 0 : names.count - known.count
    var read = 0
    for name in names {
      if let key = ArticleIDKey(fileName: name), let position = known[key] {
        if position >= previousEntries.count {
          others.append(added[position - previousEntries.count])
          continue
        }
        if !sweep || isUnchanged(previousEntries[position]) {
          kept[position] = true
          continue
        }
      }
      guard let id = ArticleID(fileName: name) else { continue }
      if let entry = readEntry(id) { others.append(entry) }
      read += 1
      if let progress, read % 512 == 0 { progress(read, max(read, toRead)) }
    }
    if let progress, read > 0 { progress(read, read) }
    others.sort { Self.newestFirst($0.summary, $1.summary) }
    let entries = Self.mergedNewestFirst(previousEntries, kept: kept, others)
    let isRacy = clock().timeIntervalSince1970 - directory.modificationTime < Self.racyWindow
    let index = StoreIndex(
      directoryModificationTime: directory.modificationTime, isRacy: isRacy, entries: entries)
    let changed = previous.map { $0.entries != index.entries } ?? true
    if index != previous { saveIndex(index) }
    return (index, changed)
  }

  /// The kept `previous` entries and `others` (sorted newest first) in one list,
  /// newest first: merged when the kept ones are in order (an index this
  /// version wrote), else sorted.
  static func mergedNewestFirst(
    _ previous: [StoreIndex.Entry], kept: [Bool], _ others: [StoreIndex.Entry]
  ) -> [StoreIndex.Entry] {
    var entries: [StoreIndex.Entry] = []
    entries.reserveCapacity(previous.count + others.count)
    var next = 0
    var inOrder = true
    var last: Int?
    for position in previous.indices where kept[position] {
      let entry = previous[position]
      if let last, newestFirst(entry.summary, previous[last].summary) { inOrder = false }
      last = position
      while next < others.count, newestFirst(others[next].summary, entry.summary) {
        entries.append(others[next])
        next += 1
      }
      entries.append(entry)
    }
    entries.append(contentsOf: others[next...])
    if !inOrder { entries.sort { newestFirst($0.summary, $1.summary) } }
    return entries
  }

  /// Whether a file still has the size and modification time `entry` recorded.
  private func isUnchanged(_ entry: StoreIndex.Entry) -> Bool {
    let path = layout.articlePath(entry.summary.id)
    guard let status = try? fileSystem.stat(path, followLinks: false) else { return false }
    return status.size == entry.size && status.modificationTime == entry.modificationTime
  }

  /// Reads one article's header into an index entry; nil when the file has vanished.
  func readEntry(_ id: ArticleID) -> StoreIndex.Entry? {
    let path = layout.articlePath(id)
    do {
      let fd = try fileSystem.open(path, flags: O_RDONLY | O_NONBLOCK | O_NOFOLLOW, mode: 0)
      defer { fileSystem.closeQuietly(fd) }
      let status = try fileSystem.fstat(fd)
      guard let bytes = try readHeaderBytes(fd: fd) else {
        return StoreIndex.Entry(
          kind: .empty, summary: ArticleSummary(id: id, title: ""), size: status.size,
          modificationTime: status.modificationTime)
      }
      return StoreIndex.Entry(
        kind: .article, summary: Self.summary(id: id, file: ArticleFile.parse(Self.text(bytes))),
        size: status.size, modificationTime: status.modificationTime)
    } catch {
      if error.code == ENOENT { return nil }
      let title = "(cannot read articles/\(id.fileName): \(error.message))"
      return StoreIndex.Entry(
        kind: .unreadable, summary: ArticleSummary(id: id, title: title), size: -1,
        modificationTime: 0)
    }
  }

  /// The status of `articles/`; nil when the store has no articles folder yet.
  func articlesStatus() throws(StoreError) -> FileStatus? {
    do {
      return try fileSystem.stat(layout.articles, followLinks: true)
    } catch {
      if error.code == ENOENT { return nil }
      throw StoreError.io(action: "listing the articles", failure: error)
    }
  }

  /// The summaries (read/star not applied) straight from a valid index that matches
  /// `articles/`'s modification time; nil when the full path must run.
  ///
  /// An index written within `racyWindow` of the last change to `articles/`
  /// (as every import leaves it) is marked racy: a change in the same clock
  /// tick would not have moved the folder's time. Such an index is used when
  /// `articles/` holds as many article files as it lists (one pass over the
  /// names, no `stat`), or without that count when `trustRacyIndex` is set
  /// (the reader, whose background sweep checks every file right after).
  func freshIndexSummaries(
    includeLinks: Bool = true, trustRacyIndex: Bool = false
  ) throws(StoreError) -> [ArticleSummary]? {
    guard let directory = try articlesStatus() else { return [] }
    guard var stream = indexStream() else { return nil }
    return StoreIndex.freshSummaries(
      &stream, directoryModificationTime: directory.modificationTime, includeLinks: includeLinks,
      trustRacy: { count in trustRacyIndex || (try? articleFileCount()) == count })
  }

  /// How many names in `articles/` are article files (one pass over the names, no `stat`).
  func articleFileCount() throws(StoreError) -> Int {
    do {
      return try fileSystem.countDirectory(layout.articles) { ArticleID(fileName: $0) != nil }
    } catch {
      throw StoreError.io(action: "listing the articles", failure: error)
    }
  }

  /// The index file, if it exists and is valid for this version; nil otherwise.
  func loadIndex() -> StoreIndex? {
    loadIndexBytes().flatMap(StoreIndex.decode)
  }

  /// The index file's bytes; nil when it is missing, unreadable or implausibly large.
  func loadIndexBytes() -> [UInt8]? { loadCacheBytes(layout.index) }

  /// A cache file's bytes; nil when it is missing, unreadable or implausibly large.
  func loadCacheBytes(_ path: String) -> [UInt8]? {
    do {
      let fd = try fileSystem.open(path, flags: O_RDONLY | O_NOFOLLOW, mode: 0)
      defer { fileSystem.closeQuietly(fd) }
      let size = try fileSystem.fstat(fd).size
      guard size > 0, size < Int64(Self.maxIndexBytes) else { return nil }
      // One read into one allocation of the known size (plus one byte, to see
      // growth): `readAll`'s growing array would peak at twice it.
      var bytes = try fileSystem.read(fd, count: Int(size) + 1)
      bytes.reserveCapacity(Int(size) + 1)
      while bytes.count <= Int(size) {
        let chunk = try fileSystem.read(fd, count: min(1 << 20, Int(size) + 1 - bytes.count))
        if chunk.isEmpty { break }
        bytes.append(contentsOf: chunk)
      }
      return bytes
    } catch {
      return nil
    }
  }

  /// The largest index file read; larger ones are rebuilt.
  static let maxIndexBytes = 1 << 30

  /// Best effort: writes the index atomically (it is derived data; a failure only costs speed).
  func saveIndex(_ index: StoreIndex) { saveCacheFile(index.encoded(), at: layout.index) }

  /// Best effort: replaces a file in `cache/` atomically (derived data: a failure only costs speed).
  func saveCacheFile(_ bytes: [UInt8], at path: String) {
    guard prepareCacheFolder() else { return }
    do { try writer.replace(bytes, at: path, directory: layout.cache) } catch {}
  }

  /// Best effort: replaces the cache file at `path` with what `write` streams
  /// to a new file's descriptor (false from `write` keeps the old file).
  func replaceCacheFile(at path: String, writing write: (Int32) -> Bool) {
    guard prepareCacheFolder() else { return }
    _ = try? writer.replace(at: path, directory: layout.cache, writing: write)
  }

  /// Whether cache files can be written: a writable store with `tmp/`, and
  /// `cache/` (created when missing).
  private func prepareCacheFolder() -> Bool {
    guard !isReadOnly, fileSystem.exists(layout.tmp) else { return false }
    if !fileSystem.exists(layout.cache) {
      do { try fileSystem.mkdir(layout.cache, mode: 0o755) } catch { return false }
    }
    return true
  }
}
