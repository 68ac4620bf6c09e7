import BylineStore

extension AppState {
  /// ``allArticles`` in `order`, narrowed by `filter` and `view`: what the list would show.
  func listArticles(
    order: ListOrder, filter: ListFilter?, view: ListView
  ) -> [ArticleSummary] {
    var list = order.apply(allArticles)
    if let filter { list = list.filter { filter.matching.contains($0.id) } }
    if view != .all { list = list.filter(view.shows) }
    return list
  }

  /// Shows `list` (from ``listArticles(order:filter:view:)``), keeping the
  /// selected article selected when it is still there, else the first.
  mutating func showList(_ list: [ArticleSummary]) {
    let selectedID = selectedArticle?.id
    articles = list
    selection = selectedID.flatMap { id in list.firstIndex { $0.id == id } } ?? 0
    if list.isEmpty { closeEntityPanel() }
    forgetDocumentIfNotSelected()
    keepSelectionVisible()
  }

  /// Recomputes the list from the current order, filter and view.
  mutating func rebuildList() {
    showList(listArticles(order: listOrder, filter: listFilter, view: listView))
  }

  /// `S`: the next sort key (date → title → source).
  mutating func cycleSort() -> [Effect] {
    reorder(listOrder.nextKey)
  }

  /// `r`: reverses the list's order.
  mutating func reverseSort() -> [Effect] {
    reorder(ListOrder(key: listOrder.key, isReversed: !listOrder.isReversed))
  }

  private mutating func reorder(_ order: ListOrder) -> [Effect] {
    listOrder = order
    rebuildList()
    message = StatusMessage("Sorted by \(order.label).")
    return loadSelectedIfNeeded()
  }

  /// `v`: all → unread only → starred only; a view with nothing in it is skipped.
  mutating func cycleView() -> [Effect] {
    var view = listView.next
    var skipped: [ListView] = []
    while view != .all {
      if !listArticles(order: listOrder, filter: listFilter, view: view).isEmpty { break }
      skipped.append(view)
      view = view.next
    }
    listView = view
    rebuildList()
    let none = skipped.map { $0 == .unread ? "no unread articles" : "no starred articles" }
    let shown = view == .all ? "Showing all articles" : "Showing \(view.label)"
    let prefix = none.isEmpty ? "" : none.joined(separator: " and ").capitalizedFirst + "; "
    let text = prefix + (none.isEmpty ? shown : shown.lowercasedFirst)
    message = StatusMessage("\(text) (\(articles.count)). v: next view.")
    return loadSelectedIfNeeded()
  }

  /// Applies the configuration's reader settings (start-up).
  public mutating func apply(_ config: Config) {
    highlightMode = config.highlight
    marksReadOnOpen = config.markReadOnOpen
    display = DisplaySettings(
      listWidth: config.listWidth, readingWidth: config.readingWidth,
      dateFormat: config.dateFormat)
    listOrder = ListOrder(key: config.sort, isReversed: config.sortReversed)
    showList(listArticles(order: listOrder, filter: listFilter, view: listView))
    selection = 0
    listOffset = 0
    forgetDocumentIfNotSelected()
    relayoutReader(keepingPlace: true)
  }
}

extension String {
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
  fileprivate var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
