extension AppState {
  /// `e`: opens the entity panel for the selected article (taking the focus),
  /// or closes it.
  mutating func toggleEntityPanel() {
    if isPanelOpen {
      closeEntityPanel()
      return
    }
    guard selectedArticle != nil else {
      message = StatusMessage("No article selected: nobody to list.")
      return
    }
    entityPanel = EntityPanelState(document: document)
    focusBeforePanel = focus
    focus = .panel
    relayoutReader(keepingPlace: true)
    keepPanelSelectionVisible()
  }

  /// Closes the panel, giving the focus back to the pane that had it before.
  mutating func closeEntityPanel() {
    guard isPanelOpen else { return }
    entityPanel = nil
    if focus == .panel { focus = focusBeforePanel }
    relayoutReader(keepingPlace: true)
    keepSelectionVisible()
  }

  /// Moves the panel's selection by `delta` entities (clamped).
  mutating func movePanelSelection(by delta: Int) {
    guard let panel = entityPanel else { return }
    let current = panel.selection ?? (delta > 0 ? -1 : panel.entities.count)
    movePanelSelection(to: current + delta)
  }

  /// Selects entity `index` (clamped) and scrolls the panel to show it.
  mutating func movePanelSelection(to index: Int) {
    entityPanel?.select(index)
    keepPanelSelectionVisible()
  }

  /// Scrolls the panel so its selection is visible.
  mutating func keepPanelSelectionVisible() {
    let height = panelHeight
    entityPanel?.keepSelectionVisible(height: height)
  }
}
