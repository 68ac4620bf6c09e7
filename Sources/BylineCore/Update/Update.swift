import BylineScreen
import BylineStore

/// The reader's whole behaviour, as a pure function.
///
/// Applies `event` to `state` and returns the effects the run loop must
/// perform. No I/O, no clock.
public func update(_ state: inout AppState, _ event: AppEvent) -> [Effect] {
  switch event {
  case .key(let key):
    return handleKey(&state, key)
  case .resize(let width, let height):
    state.resize(width: width, height: height)
    return []
  case .articleLoaded(let document):
    guard document.id == state.selectedArticle?.id else { return [] }
    let isNewArticle = state.document?.id != document.id
    state.document = document
    state.relayoutReader(keepingPlace: !isNewArticle)
    if isNewArticle { state.readerScroll = 0 }
    if let search = state.search, !search.isEditing {
      state.runSearch(search.query, jump: false)
    }
    return []
  case .articleFailed(let id, let reason):
    guard id == state.selectedArticle?.id else { return [] }
    state.document = nil
    state.readerLayout = nil
    state.message = StatusMessage(reason, kind: .error)
    return []
  case .articlesChanged(let articles):
    state.replaceArticles(articles)
    return state.loadSelectedIfNeeded()
  case .message(let message):
    state.message = message
    return []
  }
}

/// The first effects to run when the reader starts: load the first article.
public func startEffects(_ state: AppState) -> [Effect] {
  state.loadSelectedIfNeeded()
}

private func handleKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  if state.search?.isEditing == true {
    return state.editSearch(key)
  }
  state.message = nil
  if state.isHelpVisible {
    return state.handleHelpKey(key)
  }
  let context: KeyContext = state.focus == .list ? .list : .reader
  guard let action = state.keyMap.action(for: key, in: context) else {
    if case .escape = key { state.search = nil }
    return []
  }
  return state.perform(action)
}

extension AppState {
  /// Carries out one action.
  mutating func perform(_ action: Action) -> [Effect] {
    switch action {
    case .nextArticle: return select(selection + 1)
    case .previousArticle: return select(selection - 1)
    case .pageDown:
      if focus == .list { return select(selection + listHeight) }
      scrollReader(by: max(1, readerHeight - 2))
    case .pageUp:
      if focus == .list { return select(selection - listHeight) }
      scrollReader(by: -max(1, readerHeight - 2))
    case .halfPageDown: scrollReader(by: max(1, readerHeight / 2))
    case .halfPageUp: scrollReader(by: -max(1, readerHeight / 2))
    case .first:
      if focus == .list { return select(0) }
      readerScroll = 0
    case .last:
      if focus == .list { return select(articles.count - 1) }
      readerScroll = maximumReaderScroll
    case .openArticle: return openSelected()
    case .scrollDown: scrollReader(by: 1)
    case .scrollUp: scrollReader(by: -1)
    case .nextArticleInReader: return step(by: 1)
    case .previousArticleInReader: return step(by: -1)
    case .backToList:
      if search != nil {
        search = nil
        return []
      }
      setFocus(.list)
    case .search:
      search = SearchState()
    case .nextMatch: moveMatch(by: 1)
    case .previousMatch: moveMatch(by: -1)
    case .switchFocus:
      guard !articles.isEmpty else { return [] }
      setFocus(focus == .list ? .reader : .list)
    case .cycleHighlight:
      highlightMode = highlightMode.next
    case .toggleRead: return toggleRead()
    case .toggleStar: return toggleStar()
    case .help:
      isHelpVisible = true
      helpScroll = 0
    case .quit, .quitNow:
      isQuitting = true
      return [.quit]
    case .redraw: return [.redraw]
    case .reload:
      message = StatusMessage("Reloading…")
      return [.reloadArticles]
    case .suspend: return [.suspend]
    }
    return []
  }

  /// Changes focus, re-laying out the reader when the pane's width changes.
  mutating func setFocus(_ newFocus: Focus) {
    guard newFocus != focus else { return }
    focus = newFocus
    relayoutReader(keepingPlace: true)
  }
}
