import BylineStore

extension AppState {
  /// Moves the selection to `index` (clamped) and asks for that article.
  mutating func select(_ index: Int) -> [Effect] {
    guard !articles.isEmpty else { return [] }
    let clamped = min(max(0, index), articles.count - 1)
    guard clamped != selection || document == nil else { return [] }
    selection = clamped
    keepSelectionVisible()
    if document?.id != articles[clamped].id {
      document = nil
      readerLayout = nil
      readerScroll = 0
      if search?.isEditing == false { search?.matches = [] }
    }
    return loadSelectedIfNeeded()
  }

  /// Opens the selected article in the reader and marks it read (unless the
  /// configuration says not to).
  ///
  /// The focus moves from the list to the reader; the entity panel keeps it.
  mutating func openSelected() -> [Effect] {
    guard let article = selectedArticle else { return [] }
    if focus == .list { setFocus(.reader) }
    var effects = loadSelectedIfNeeded()
    if !article.isRead && marksReadOnOpen {
      articles[selection].isRead = true
      mirrorSelectionToAll()
      effects.append(.setRead(article.id, true))
    }
    return effects
  }

  /// `J`/`K` in the reader: the next or previous article, opened.
  mutating func step(by delta: Int) -> [Effect] {
    let target = selection + delta
    guard articles.indices.contains(target) else {
      message = StatusMessage(
        delta > 0 ? "This is the last article." : "This is the first article.")
      return []
    }
    var effects = select(target)
    effects += openSelected()
    return effects
  }

  mutating func toggleRead() -> [Effect] {
    guard let article = selectedArticle else { return [] }
    articles[selection].isRead.toggle()
    mirrorSelectionToAll()
    return [.setRead(article.id, !article.isRead)]
  }

  mutating func toggleStar() -> [Effect] {
    guard let article = selectedArticle else { return [] }
    articles[selection].isStarred.toggle()
    mirrorSelectionToAll()
    message = StatusMessage(article.isStarred ? "Star removed." : "Starred.")
    return [.setStarred(article.id, !article.isStarred)]
  }

  /// Asks the run loop for the selected article unless it is already shown.
  func loadSelectedIfNeeded() -> [Effect] {
    guard let article = selectedArticle, document?.id != article.id else { return [] }
    return [.loadArticle(article.id)]
  }

  /// Scrolls the list so the selection is on screen.
  mutating func keepSelectionVisible() {
    let rows = listHeight
    if selection < listOffset { listOffset = selection }
    if selection >= listOffset + rows { listOffset = selection - rows + 1 }
    listOffset = max(0, min(listOffset, max(0, articles.count - rows)))
  }

  /// Replaces the article list (after a reload), keeping the selected article;
  /// the order, filter and view still apply.
  mutating func replaceArticles(_ newAll: [ArticleSummary]) {
    let selectedID = selectedArticle?.id
    allArticles = newAll
    let newArticles = listArticles(order: listOrder, filter: listFilter, view: listView)
    articles = newArticles
    if newArticles.isEmpty { closeEntityPanel() }
    if let selectedID, let index = newArticles.firstIndex(where: { $0.id == selectedID }) {
      selection = index
    } else {
      selection = min(selection, max(0, newArticles.count - 1))
      document = nil
      readerLayout = nil
    }
    keepSelectionVisible()
  }
}

extension AppState {
  /// The articles worth preparing while the user is idle: the ones `j`/`k`
  /// (or `J`/`K`) would open next, nearest first.
  public var prefetchCandidates: [ArticleID] {
    [selection + 1, selection - 1].filter { articles.indices.contains($0) }.map { articles[$0].id }
  }
}
