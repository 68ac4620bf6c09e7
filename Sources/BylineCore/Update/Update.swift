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
  case .articlesFound(let query, let ids):
    return state.applyFilter(label: query.label, matching: ids)
  case .entitiesLoaded(let entities, let unanalyzed):
    state.replaceStoreEntities(entities, unanalyzed: unanalyzed)
    return []
  case .mouse(let event):
    return state.handleMouse(event)
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
  if state.pendingDeletion != nil {
    return state.answerDeletion(key)
  }
  state.message = nil
  if state.isHelpVisible {
    return state.handleHelpKey(key)
  }
  if state.entityPrompt != nil {
    return state.editEntityPrompt(key)
  }
  if state.entityDirectory != nil {
    return state.handleDirectoryKey(key)
  }
  guard let action = state.keyMap.action(for: key, in: KeyContext(focus: state.focus)) else {
    if case .escape = key { return state.dismiss() }
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
      switch focus {
      case .list: return select(selection + listHeight)
      case .reader: scrollReader(by: max(1, readerHeight - 2))
      case .panel: movePanelSelection(by: max(1, panelHeight - 2))
      }
    case .pageUp:
      switch focus {
      case .list: return select(selection - listHeight)
      case .reader: scrollReader(by: -max(1, readerHeight - 2))
      case .panel: movePanelSelection(by: -max(1, panelHeight - 2))
      }
    case .halfPageDown: scrollReader(by: max(1, readerHeight / 2))
    case .halfPageUp: scrollReader(by: -max(1, readerHeight / 2))
    case .first:
      switch focus {
      case .list: return select(0)
      case .reader: readerScroll = 0
      case .panel: movePanelSelection(to: 0)
      }
    case .last:
      switch focus {
      case .list: return select(articles.count - 1)
      case .reader: readerScroll = maximumReaderScroll
      case .panel: movePanelSelection(to: entityPanel?.entities.count ?? 0)
      }
    case .openArticle: return openSelected()
    case .scrollDown: scrollReader(by: 1)
    case .scrollUp: scrollReader(by: -1)
    case .nextArticleInReader: return step(by: 1)
    case .previousArticleInReader: return step(by: -1)
    case .backToList: return dismiss()
    case .search:
      search = SearchState()
    case .nextMatch: moveMatch(by: 1)
    case .previousMatch: moveMatch(by: -1)
    case .switchFocus: cycleFocus(by: 1)
    case .switchFocusBack: cycleFocus(by: -1)
    case .toggleEntityPanel: toggleEntityPanel()
    case .closePanel: closeEntityPanel()
    case .nextEntity: movePanelSelection(by: 1)
    case .previousEntity: movePanelSelection(by: -1)
    case .firstMention: jumpToFirstMention()
    case .nextMention: jumpToMention(forward: true)
    case .previousMention: jumpToMention(forward: false)
    case .filterByEntity: return filterBySelectedEntity()
    case .markNotEntity: return correctSelectedEntity(.reject)
    case .changeEntityKind: return correctSelectedEntityKind()
    case .addEntity: entityPrompt = EntityPrompt()
    case .openDirectory: openDirectory()
    case .closeDirectory: entityDirectory = nil
    case .sortDirectory, .filterDirectory: break
    case .searchStore:
      var search = SearchState()
      search.isStoreWide = true
      self.search = search
    case .cycleHighlight:
      highlightMode = highlightMode.next
    case .toggleRead: return toggleRead()
    case .toggleStar: return toggleStar()
    case .cycleSort: return cycleSort()
    case .reverseSort: return reverseSort()
    case .cycleView: return cycleView()
    case .nextUnread: return selectNextUnread()
    case .markAllRead: return markAllRead()
    case .deleteArticle: askToDelete()
    case .openLink: return useLink(copying: false)
    case .copyLink: return useLink(copying: true)
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
