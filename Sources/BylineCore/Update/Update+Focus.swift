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
  /// the entity panel, then (in the list) a list filter, and finally the
  /// focus returns to the list.
  mutating func dismiss() -> [Effect] {
    if search != nil {
      search = nil
      return []
    }
    if isPanelOpen {
      closeEntityPanel()
      return []
    }
    if listFilter != nil && focus == .list { return clearFilter() }
    setFocus(.list)
    return []
  }
}
