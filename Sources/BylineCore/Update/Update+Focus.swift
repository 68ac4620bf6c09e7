extension AppState {
  /// The panes `Tab` cycles through, in order: list, reader, then the
  /// entity panel while it is open.
  var focusCycle: [Focus] {
    isPanelOpen ? [.list, .reader, .panel] : [.list, .reader]
  }

  /// `Tab` / `Shift-Tab`: the next or previous pane in `focusCycle`.
  mutating func cycleFocus(by delta: Int) {
    guard !articles.isEmpty else { return }
    let cycle = focusCycle
    let current = cycle.firstIndex(of: focus) ?? 0
    setFocus(cycle[(current + delta + cycle.count) % cycle.count])
  }

  /// `Esc` (and `q` in the reader): closes the innermost thing first.
  ///
  /// The help overlay and the search prompt take their own keys, so they
  /// close before this runs. Then, in order: a finished search's highlights,
  /// the entity panel, (a list filter), and finally the focus returns to the
  /// list.
  mutating func dismiss() {
    if search != nil {
      search = nil
      return
    }
    if isPanelOpen {
      closeEntityPanel()
      return
    }
    // Hook (issue #5, list filter): clear an active entity or search filter
    // of the article list here, and return, before the focus moves.
    setFocus(.list)
  }
}
