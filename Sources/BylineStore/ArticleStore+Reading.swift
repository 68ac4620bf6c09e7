import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension ArticleStore {
  /// The most a header is read to list an article; longer headers are cut.
  static let maxHeaderBytes = 64 << 10
  /// The largest article file `article(_:)` reads.
  static let maxArticleBytes = 64 << 20

  /// Every article's summary, newest first, with read/star state applied.
  ///
  /// Served from the list index in `cache/index-v1` when it is valid and
  /// `articles/` has not changed since it was written (one `stat`, no
  /// per-file work); otherwise `articles/` is listed, headers are read only
  /// for files the index does not know, and the index is rewritten. A
  /// missing, corrupt or other-version index is rebuilt from every header.
  /// Files edited in place outside Byline are caught by `sweepIndex()`.
  /// Article files are opened with `O_NOFOLLOW`, so a symbolic link planted
  /// in `articles/` is never followed. Order: date descending (articles with
  /// no usable date last), then title, then id. Files that vanish while
  /// listing are skipped; files that cannot be read are listed with a title
  /// saying so.
  /// - Parameters:
  ///   - includeLinks: false leaves every `url` nil (the reader's list: a
  ///     link string per article is about a tenth of its memory at 100,000
  ///     articles; the reader takes the link from the open article instead).
  ///   - trustRacyIndex: use an index an import just wrote without first
  ///     counting the article files (for a caller that runs `sweepIndex()`
  ///     next, as the reader does after its first frame).
  ///   - progress: called now and then with (headers read, headers to read)
  ///     while the index is rebuilt, for a progress line.
  public func summaries(
    includeLinks: Bool = true, trustRacyIndex: Bool = false,
    progress: ((Int, Int) -> Void)? = nil
  ) throws(StoreError) -> [ArticleSummary] {
    let state = try readStarState()
    var result: [ArticleSummary]
    if let fresh = try freshIndexSummaries(
      includeLinks: includeLinks, trustRacyIndex: trustRacyIndex)
    {
      result = fresh
    } else {
      let entries = try currentIndexEntries(progress: progress)
      result = []
      result.reserveCapacity(entries.count)
      for entry in entries where entry.kind != .empty {
        var summary = entry.summary
        if !includeLinks { summary.url = nil }
        result.append(summary)
      }
    }
    // O(store) set look-ups, only when there is any state at all.
    if !state.read.isEmpty || !state.starred.isEmpty {
      for position in result.indices {
        let id = result[position].id
        result[position].isRead = state.read.contains(id)
        result[position].isStarred = state.starred.contains(id)
      }
    }
    return result
  }

  /// The whole article `id`, with read/star state applied.
  ///
  /// - Throws: `.invalidID` for an id the store cannot have made,
  ///   `.articleNotFound` when it is not (or no longer) in the store.
  public func article(_ id: ArticleID) throws(StoreError) -> Article {
    var article = try articleWithoutState(id)
    let state = try readStarState()
    article.summary.isRead = state.read.contains(article.summary.id)
    article.summary.isStarred = state.starred.contains(article.summary.id)
    return article
  }

  /// The whole article `id`, without reading the read/star state (the reader
  /// already has it in its list): one file read, no journal.
  public func articleWithoutState(_ id: ArticleID) throws(StoreError) -> Article {
    let id = try ArticleID(validating: id.rawValue)
    let path = layout.articlePath(id)
    let bytes: [UInt8]
    do throws(SystemCallError) {
      let fd = try fileSystem.open(path, flags: O_RDONLY | O_NONBLOCK | O_NOFOLLOW, mode: 0)
      defer { fileSystem.closeQuietly(fd) }
      guard try fileSystem.fstat(fd).kind == .regular else {
        throw SystemCallError(call: "open", path: path, code: EINVAL)
      }
      bytes = try fileSystem.readAll(fd, limit: Self.maxArticleBytes)
    } catch {
      if error.code == ENOENT { throw StoreError.articleNotFound(id) }
      if error.code == EINVAL {
        throw StoreError.corruptArticle(path: path, reason: "it is not a regular file")
      }
      throw StoreError.io(action: "reading article \(id)", failure: error)
    }
    if bytes.count > Self.maxArticleBytes {
      throw StoreError.corruptArticle(
        path: path, reason: "it is larger than \(Self.maxArticleBytes >> 20) MiB")
    }
    return Self.article(id: id, file: ArticleFile.parse(Self.text(bytes)))
  }

  /// The article a parsed file holds (read/star not applied).
  static func article(id: ArticleID, file: ArticleFile) -> Article {
    var body = file.body
    if file.title == nil { body = ArticlePreparation.titleFromFirstLine(body).1 }
    return Article(summary: summary(id: id, file: file), tags: file.tags, body: body)
  }

  /// The read/star state; compacts a long, redundant journal when writable.
  public func readStarState() throws(StoreError) -> ReadStarState {
    do {
      let (state, lines) = try journal.load()
      if !isReadOnly && StateJournal.needsCompaction(lines: lines, state: state) {
        try? compactState()
      }
      return state
    } catch {
      throw StoreError.io(action: "reading the read/star state", failure: error)
    }
  }

  /// The bytes of a file up to the end of its header (the first blank line).
  ///
  /// - Returns: nil for an empty file (nothing to list).
  func readHeaderBytes(_ path: String) throws(SystemCallError) -> [UInt8]? {
    let fd = try fileSystem.open(path, flags: O_RDONLY | O_NONBLOCK | O_NOFOLLOW, mode: 0)
    defer { fileSystem.closeQuietly(fd) }
    return try readHeaderBytes(fd: fd)
  }

  /// The bytes of an open file up to the end of its header; nil for an empty file.
  func readHeaderBytes(fd: Int32) throws(SystemCallError) -> [UInt8]? {
    var bytes: [UInt8] = []
    var searchFrom = 0
    while bytes.count < Self.maxHeaderBytes {
      let chunk = try fileSystem.read(fd, count: 4096)
      if chunk.isEmpty { break }
      bytes += chunk
      if let end = Self.blankLineEnd(bytes, from: searchFrom) {
        bytes.removeSubrange(end...)
        break
      }
      searchFrom = max(0, bytes.count - 3)
    }
    return bytes.isEmpty ? nil : bytes
  }

  /// The index just past the first `\n\n` (or `\n\r\n`) at or after `from`.
  ///
  /// A header starting after leading blank lines is not cut there.
  static func blankLineEnd(_ bytes: [UInt8], from: Int) -> Int? {
    guard let firstText = bytes.firstIndex(where: { $0 != 0x0A && $0 != 0x0D }) else {
      return nil
    }
    var i = max(from, firstText)
    while i + 1 < bytes.count {
      if bytes[i] == 0x0A {
        if bytes[i + 1] == 0x0A { return i + 2 }
        if bytes[i + 1] == 0x0D, i + 2 < bytes.count, bytes[i + 2] == 0x0A { return i + 3 }
      }
      i += 1
    }
    return nil
  }

  /// Stored bytes as text; invalid UTF-8 (a file damaged outside Byline) becomes U+FFFD.
  static func text(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  /// The list summary of a parsed file (read/star not applied).
  static func summary(id: ArticleID, file: ArticleFile) -> ArticleSummary {
    let date = file.date
    let title =
      file.title ?? ArticlePreparation.titleFromFirstLine(file.body).0 ?? "(untitled)"
    return ArticleSummary(
      id: id, title: title, source: file.source ?? "", author: file.author ?? "",
      date: date, dateIsImportTime: date != nil && file.dateIsImportTime, url: file.url)
  }

  /// Newest first: date descending (no date last), then title, then id.
  static func newestFirst(_ a: ArticleSummary, _ b: ArticleSummary) -> Bool {
    switch (a.date, b.date) {
    case (let x?, let y?) where x != y: return x > y
    case (.some, nil): return true
    case (nil, .some): return false
    default:
      if a.title != b.title { return a.title < b.title }
      return a.id < b.id
    }
  }
}
