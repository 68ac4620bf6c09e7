import BylineStore

extension AppState {
  /// Narrows the list to `matching` (the run loop's answer to a `ListQuery`).
  ///
  /// The list's order and view still apply. The selected article stays
  /// selected when it passes; otherwise the first one is selected. An empty
  /// result leaves the list as it was and says so.
  mutating func applyFilter(label: String, matching: Set<ArticleID>) -> [Effect] {
    let filter = ListFilter(label: label, matching: matching)
    let filtered = listArticles(order: listOrder, filter: filter, view: listView)
    guard !filtered.isEmpty else {
      let kind = listView == .all ? "" : listView == .unread ? "unread " : "starred "
      message = StatusMessage("No \(kind)articles for \(label).")
      return []
    }
    listFilter = filter
    if isPanelOpen && focus == .panel { closeEntityPanel() }
    showList(filtered)
    listOffset = 0
    keepSelectionVisible()
    setFocus(.list)
    message = StatusMessage(
      "\(filtered.count) article\(filtered.count == 1 ? "" : "s"): \(label). Esc shows all.")
    return loadSelectedIfNeeded()
  }

  /// Shows the whole list again (in the current order and view), keeping the
  /// selected article selected.
  mutating func clearFilter() -> [Effect] {
    guard listFilter != nil else { return [] }
    listFilter = nil
    rebuildList()
    let scope = listView == .all ? "All" : listView == .unread ? "Unread:" : "Starred:"
    message = StatusMessage("\(scope) \(articles.count) articles.")
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

  /// Copies the selected article's read/star state into ``allArticles``.
  mutating func mirrorSelectionToAll() {
    guard let article = selectedArticle,
      let position = allArticles.firstIndex(where: { $0.id == article.id })
    else { return }
    allArticles[position].isRead = article.isRead
    allArticles[position].isStarred = article.isStarred
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
