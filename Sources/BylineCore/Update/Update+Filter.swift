import BylineStore

extension AppState {
  /// Narrows the list to `matching` (the run loop's answer to a `ListQuery`).
  ///
  /// The selected article stays selected when it passes; otherwise the first
  /// one is selected. An empty result leaves the list as it was and says so.
  mutating func applyFilter(label: String, matching: Set<ArticleID>) -> [Effect] {
    let all = listFilter?.unfiltered ?? articles
    let filter = ListFilter(label: label, matching: matching, unfiltered: all)
    let filtered = filter.filtered
    guard !filtered.isEmpty else {
      message = StatusMessage("No articles for \(label).")
      return []
    }
    let selectedID = selectedArticle?.id
    listFilter = filter
    articles = filtered
    selection = selectedID.flatMap { id in filtered.firstIndex { $0.id == id } } ?? 0
    listOffset = 0
    if isPanelOpen && focus == .panel { closeEntityPanel() }
    forgetDocumentIfNotSelected()
    setFocus(.list)
    keepSelectionVisible()
    message = StatusMessage(
      "\(filtered.count) article\(filtered.count == 1 ? "" : "s"): \(label). Esc shows all.")
    return loadSelectedIfNeeded()
  }

  /// Shows the whole list again, keeping the selected article selected.
  mutating func clearFilter() -> [Effect] {
    guard let filter = listFilter else { return [] }
    let selectedID = selectedArticle?.id
    listFilter = nil
    articles = filter.unfiltered
    selection = selectedID.flatMap { id in articles.firstIndex { $0.id == id } } ?? 0
    forgetDocumentIfNotSelected()
    keepSelectionVisible()
    message = StatusMessage("All \(articles.count) articles.")
    return loadSelectedIfNeeded()
  }

  /// Drops the shown document when another article is now selected (it is then loaded).
  mutating func forgetDocumentIfNotSelected() {
    guard document != nil, document?.id != selectedArticle?.id else { return }
    document = nil
    readerLayout = nil
    readerScroll = 0
    if search?.isEditing == false { search?.matches = [] }
  }

  /// Copies the selected article's read/star state into the unfiltered list.
  mutating func mirrorSelectionToUnfiltered() {
    guard var filter = listFilter, let article = selectedArticle,
      let position = filter.unfiltered.firstIndex(where: { $0.id == article.id })
    else { return }
    filter.unfiltered[position].isRead = article.isRead
    filter.unfiltered[position].isStarred = article.isStarred
    listFilter = filter
  }

  /// `f` in the entity panel: every article in the store that mentions the selected entity.
  mutating func filterBySelectedEntity() -> [Effect] {
    guard let entity = selectedPanelEntity else {
      message = StatusMessage("Select a person or organization first.")
      return []
    }
    let kind: ArticleEntity.Kind = entity.kind == .person ? .person : .organization
    message = StatusMessage("Finding articles that mention \(entity.name)…")
    return [.findArticles(.entity(name: entity.name, kind: kind))]
  }
}
