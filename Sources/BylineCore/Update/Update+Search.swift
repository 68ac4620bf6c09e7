import BylineScreen

extension AppState {
  /// Keys while the search query is being typed in the status bar.
  mutating func editSearch(_ key: Key) -> [Effect] {
    guard var search else { return [] }
    switch key {
    case .character(let c):
      search.query.append(c)
    case .backspace:
      if search.query.isEmpty {
        self.search = nil
        return []
      }
      search.query.removeLast()
    case .control("u"):
      search.query = ""
    case .escape, .control("c"), .control("g"):
      self.search = nil
      return []
    case .enter:
      if search.query.isEmpty {
        self.search = nil
        return []
      }
      if search.isStoreWide {
        self.search = nil
        message = StatusMessage("Searching all articles for \(search.query)…")
        return [.findArticles(.search(search.query))]
      }
      search.isEditing = false
      self.search = search
      runSearch(search.query, jump: true)
      return []
    default:
      return []
    }
    self.search = search
    return []
  }

  /// Finds `query` in the open article; with `jump`, scrolls to the first
  /// match at or below the top of the pane.
  mutating func runSearch(_ query: String, jump: Bool) {
    guard let document, let layout = readerLayout else { return }
    var search = self.search ?? SearchState(query: query, isEditing: false)
    search.matches = SearchState.matches(of: query, in: document)
    guard !search.matches.isEmpty else {
      search.current = nil
      self.search = search
      if jump { message = StatusMessage("Not found: \(query)", kind: .error) }
      return
    }
    let rows = search.matches.map { layout.row(block: $0.block, offset: $0.range.lowerBound) }
    let first = rows.firstIndex { $0 >= readerScroll } ?? 0
    search.current = first
    self.search = search
    if jump {
      reveal(row: rows[first])
      message = StatusMessage("match \(first + 1) of \(search.matches.count)")
    }
  }

  /// `n` / `N`: the next or previous match, wrapping around.
  mutating func moveMatch(by delta: Int) {
    guard var search, let layout = readerLayout else {
      message = StatusMessage("No search yet: press / to search in the article.")
      return
    }
    guard !search.matches.isEmpty else {
      message = StatusMessage("Not found: \(search.query)", kind: .error)
      return
    }
    let count = search.matches.count
    let next = ((search.current ?? -delta) + delta + count) % count
    search.current = next
    self.search = search
    let match = search.matches[next]
    reveal(row: layout.row(block: match.block, offset: match.range.lowerBound))
    message = StatusMessage("match \(next + 1) of \(count)")
  }
}
