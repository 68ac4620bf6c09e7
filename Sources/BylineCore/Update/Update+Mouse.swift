import BylineScreen

extension AppState {
  /// Rows the wheel scrolls the reader per turn.
  static let wheelRows = 3

  /// A wheel turn or click: the pane under the pointer scrolls, or is focused.
  ///
  /// In the list the wheel moves the selection and a click selects a row
  /// (a click on the selected row opens it); in the reader the wheel scrolls
  /// `wheelRows` lines; in the entity panel it moves the selection. A click
  /// on the reader or panel focuses it. Overlays, prompts and the delete
  /// question ignore the mouse.
  mutating func handleMouse(_ event: MouseEvent) -> [Effect] {
    guard !isHelpVisible, entityDirectory == nil, entityPrompt == nil,
      search?.isEditing != true, pendingDeletion == nil
    else { return [] }
    let layout = layout
    let delta = event.button == .wheelUp ? -1 : 1
    if let list = layout.list, list.contains(column: event.column, row: event.row) {
      switch event.button {
      case .wheelUp, .wheelDown:
        return select(selection + delta * Self.wheelRows)
      case .left:
        message = nil
        let index = listOffset + event.row - list.y
        guard articles.indices.contains(index) else {
          setFocus(.list)
          return []
        }
        if index == selection && focus == .list { return openSelected() }
        setFocus(.list)
        return select(index)
      }
    }
    if let reader = layout.reader, reader.contains(column: event.column, row: event.row) {
      switch event.button {
      case .wheelUp, .wheelDown: scrollReader(by: delta * Self.wheelRows)
      case .left:
        message = nil
        if !articles.isEmpty { setFocus(.reader) }
      }
      return []
    }
    if let panel = layout.panel, panel.contains(column: event.column, row: event.row) {
      switch event.button {
      case .wheelUp, .wheelDown: movePanelSelection(by: delta)
      case .left:
        message = nil
        setFocus(.panel)
      }
    }
    return []
  }
}

extension Rect {
  /// Whether the cell at `column`, `row` is inside this rectangle.
  func contains(column: Int, row: Int) -> Bool {
    column >= x && column < maxX && row >= y && row < maxY
  }
}
