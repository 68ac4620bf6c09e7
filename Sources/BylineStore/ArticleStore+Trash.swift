#if canImport(Glibc)
  import Glibc
#endif

extension ArticleStore {
  /// Deletes article `id` by moving its file into `<store>/trash/` (one atomic rename).
  ///
  /// `articles/` changes its modification time, so the next `summaries()`
  /// (in any process) no longer lists it; `restore(_:)` brings it back.
  /// - Throws: `.invalidID`, `.articleNotFound`, `.readOnly`, `.io`.
  public func moveToTrash(_ id: ArticleID) throws(StoreError) {
    let id = try ArticleID(validating: id.rawValue)
    try requireWritable()
    let path = layout.articlePath(id)
    guard fileSystem.exists(path) else { throw StoreError.articleNotFound(id) }
    do {
      try makeTrashDirectory()
      try fileSystem.rename(path, layout.trashPath(id))
      try writer.syncDirectory(layout.trash)
      try writer.syncDirectory(layout.articles)
    } catch {
      if error.code == ENOENT { throw StoreError.articleNotFound(id) }
      throw storeError("moving article \(id) to the trash", error)
    }
  }

  /// Moves deleted article `id` from the trash back into `articles/`.
  ///
  /// An article with the same id already in the store has the same text
  /// (ids come from the content), so then the trash copy is just removed.
  /// - Throws: `.invalidID`, `.articleNotFound` (not in the trash), `.readOnly`, `.io`.
  public func restore(_ id: ArticleID) throws(StoreError) {
    let id = try ArticleID(validating: id.rawValue)
    try requireWritable()
    let trashed = layout.trashPath(id)
    guard fileSystem.exists(trashed) else { throw StoreError.articleNotFound(id) }
    try prepareForWriting()
    do {
      do {
        // link + unlink, not rename: never replaces an article that is back already.
        try fileSystem.link(trashed, layout.articlePath(id))
      } catch  where error.code == EEXIST {}
      try fileSystem.unlink(trashed)
      try writer.syncDirectory(layout.articles)
      try writer.syncDirectory(layout.trash)
    } catch {
      throw storeError("restoring article \(id) from the trash", error)
    }
  }

  /// The articles in the trash, newest first (read/star state not applied).
  ///
  /// Files that cannot be read are left out; a missing trash is empty.
  public func trashedArticles() throws(StoreError) -> [ArticleSummary] {
    let names: [String]
    do {
      names = try fileSystem.listDirectory(layout.trash)
    } catch {
      if error.code == ENOENT { return [] }
      throw StoreError.io(action: "listing the trash", failure: error)
    }
    var summaries: [ArticleSummary] = []
    for name in names {
      guard let id = ArticleID(fileName: name),
        let bytes = try? readHeaderBytes(layout.trash + "/" + name)
      else { continue }
      let file = ArticleFile.parse(Self.text(bytes))
      summaries.append(Self.summary(id: id, file: file))
    }
    return summaries.sorted(by: Self.newestFirst)
  }

  /// Creates `trash/` if it is missing.
  private func makeTrashDirectory() throws(SystemCallError) {
    guard !fileSystem.exists(layout.trash) else { return }
    do {
      try fileSystem.mkdir(layout.trash, mode: 0o755)
    } catch  where error.code == EEXIST {
      return
    }
    try writer.syncDirectory(layout.root)
  }
}
