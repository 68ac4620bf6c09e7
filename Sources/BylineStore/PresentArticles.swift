/// Which articles were in `articles/` when an import began: a filter that
/// spares the import a file lookup for each new article.
///
/// In a folder of 100,000 files, asking for a name that is not there costs
/// the file system a search of the folder's index each time (measured: 2.5%
/// of an import's CPU time for one such `stat` per article). An import asks
/// up to three times per new article, and nearly every answer is "absent".
/// The filter answers that from one listing: an id it does not contain was
/// not there at the start, and a file that appeared since is still caught,
/// because publishing links without replacing (`EEXIST` means already
/// present). An id it contains is checked on disk.
struct PresentArticles: Sendable {
  private var keys: Set<ArticleIDKey>
  /// False when the folder could not be listed: then every id is looked up.
  private let isComplete: Bool

  /// Lists `articles/`; a store without one has no articles.
  init(store: ArticleStore) {
    do {
      let names = try store.fileSystem.listDirectory(store.layout.articles)
      var keys = Set<ArticleIDKey>(minimumCapacity: names.count)
      for name in names {
        if let key = ArticleIDKey(fileName: name) { keys.insert(key) }
      }
      self.keys = keys
      isComplete = true
    } catch {
      keys = []
      isComplete = false
    }
  }

  /// Records an article staged by this import.
  mutating func insert(_ id: ArticleID) {
    if let key = ArticleIDKey(id) { keys.insert(key) }
  }

  /// False only when `id` was certainly not in the store when the import
  /// began, and has not been staged by it since.
  func mayContain(_ id: ArticleID) -> Bool {
    guard isComplete, let key = ArticleIDKey(id) else { return true }
    return keys.contains(key)
  }
}
