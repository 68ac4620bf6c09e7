import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension ArticleStore {
  /// Imports one article from text, creating the store if it is missing.
  ///
  /// The text may have a header or not, and may be Markdown (see `ImportKind`).
  /// The article is durable when this returns.
  /// - Parameter name: how errors name the source (a path, or "standard input").
  /// - Throws: `.empty`, `.notText`, `.readOnly`, `.notAStore`, `.io`.
  public func importText(
    _ text: String, name: String, kind: ImportKind
  ) throws(StoreError) -> ImportOutcome {
    try requireWritable()
    let prepared = try ArticlePreparation.prepare(text, name: name, kind: kind, now: clock())
    try prepareForWriting()
    let outcome = try store(prepared)
    if case .imported = outcome { try syncArticles() }
    return outcome
  }

  /// Marks article `id` read or unread.
  ///
  /// - Throws: `.invalidID`, `.articleNotFound`, `.readOnly`, `.io`.
  public func setRead(_ id: ArticleID, _ read: Bool) throws(StoreError) {
    try record(read ? .read : .unread, id)
  }

  /// Marks many articles read or unread with one journal write.
  ///
  /// Ids no longer in the store (deleted meanwhile) are skipped.
  /// - Returns: how many changes were recorded.
  /// - Throws: `.invalidID`, `.readOnly`, `.io`.
  @discardableResult
  public func setRead(_ ids: [ArticleID], _ read: Bool) throws(StoreError) -> Int {
    try requireWritable()
    var changes: [(ReadStarState.Change, ArticleID)] = []
    changes.reserveCapacity(ids.count)
    for id in ids {
      let id = try ArticleID(validating: id.rawValue)
      guard fileSystem.exists(layout.articlePath(id)) else { continue }
      changes.append((read ? .read : .unread, id))
    }
    guard !changes.isEmpty else { return 0 }
    if !fileSystem.exists(layout.state) { try prepareForWriting() }
    do { try journal.append(changes) } catch {
      throw storeError("saving the read/star state", error)
    }
    return changes.count
  }

  /// Stars or unstars article `id`.
  ///
  /// - Throws: `.invalidID`, `.articleNotFound`, `.readOnly`, `.io`.
  public func setStarred(_ id: ArticleID, _ starred: Bool) throws(StoreError) {
    try record(starred ? .star : .unstar, id)
  }

  /// Rewrites the read/star journal as its net state (also done automatically).
  public func compactState() throws(StoreError) {
    try requireWritable()
    guard fileSystem.exists(layout.journal) else { return }
    try prepareForWriting()  // tmp/ may have been deleted
    do { try journal.compact() } catch { throw storeError("compacting the read/star state", error) }
  }

  private func record(_ change: ReadStarState.Change, _ id: ArticleID) throws(StoreError) {
    let id = try ArticleID(validating: id.rawValue)
    try requireWritable()
    guard fileSystem.exists(layout.articlePath(id)) else { throw StoreError.articleNotFound(id) }
    if !fileSystem.exists(layout.state) { try prepareForWriting() }
    do { try journal.append(change, id) } catch {
      throw storeError("saving the read/star state", error)
    }
  }

  /// Stores a prepared article unless an article with its id is already there.
  ///
  /// Does not fsync `articles/`; callers do, once per batch (`syncArticles`).
  /// A zero-length file under the id (damage from outside Byline) is replaced.
  func store(_ prepared: PreparedArticle) throws(StoreError) -> ImportOutcome {
    let path = layout.articlePath(prepared.id)
    let bytes = Array(prepared.file.render().utf8)
    do {
      if let existing = try? fileSystem.stat(path, followLinks: false) {
        if existing.size > 0 { return .alreadyPresent(prepared.id) }
        try writer.replace(bytes, at: path, directory: layout.articles)
        return .imported(prepared.id)
      }
      let created = try writer.createNew(bytes, at: path)
      return created ? .imported(prepared.id) : .alreadyPresent(prepared.id)
    } catch {
      throw storeError("saving article \(prepared.id)", error)
    }
  }

  /// Makes new entries in `articles/` durable.
  func syncArticles() throws(StoreError) {
    do { try writer.syncDirectory(layout.articles) } catch {
      throw storeError("saving the articles directory", error)
    }
  }
}
