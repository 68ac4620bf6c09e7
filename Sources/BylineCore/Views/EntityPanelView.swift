import BylineEntities
import BylineScreen

/// The entity panel: the open article's people and organizations, each with
/// its mention count, under a heading per group; the selected one is marked
/// like the list's selected row.
enum EntityPanelView {
  static func render(_ state: AppState, theme: Theme, into screen: inout Screen, area: Rect) {
    let item = theme[.listItem]
    screen.fill(area, style: item)
    guard !area.isEmpty, let panel = state.entityPanel else { return }
    guard state.document != nil else {
      let note = state.message?.kind == .error ? "" : " Loading…"
      screen.write(
        note, x: area.x, y: area.y, style: item.overlaid(with: theme[.meta]),
        maxWidth: area.width)
      return
    }
    let rows = panel.rows
    let scroll = max(0, min(panel.scroll, rows.count - area.height))
    let focused = state.focus == .panel
    for line in 0..<area.height {
      let index = scroll + line
      guard rows.indices.contains(index) else { break }
      let y = area.y + line
      switch rows[index] {
      case .heading(let kind, let count):
        screen.write(
          TextFit.truncate(" \(groupName(kind)) (\(count))", width: area.width), x: area.x, y: y,
          style: item.overlaid(with: theme[.header]), maxWidth: area.width)
      case .empty(let kind):
        let text = kind == .person ? "   No people found." : "   No organizations found."
        screen.write(
          TextFit.truncate(text, width: area.width), x: area.x, y: y,
          style: item.overlaid(with: theme[.meta]), maxWidth: area.width)
      case .blank:
        continue
      case .entity(let entityIndex):
        let entity = panel.entities[entityIndex]
        let selected = entityIndex == panel.selection
        let highlight = selected ? theme[focused ? .listSelected : .listSelectedUnfocused] : nil
        drawEntity(
          entity, highlight: highlight, theme: theme, into: &screen,
          row: Rect(x: area.x, y: y, width: area.width, height: 1))
      }
    }
  }

  /// One entity row: the name in its kind's highlight, the count at the right.
  static func drawEntity(
    _ entity: PanelEntity, highlight: Style?, theme: Theme, into screen: inout Screen, row: Rect
  ) {
    var base = theme[.listItem]
    if let highlight { base = base.overlaid(with: highlight) }
    screen.fill(row, style: base)
    let count = String(entity.mentionCount)
    let countWidth = count.count
    var nameStyle = theme[.listItem].overlaid(
      with: theme[entity.kind == .person ? .person : .organization])
    var countStyle = theme[.listItem].overlaid(with: theme[.meta])
    if let highlight {
      nameStyle = nameStyle.overlaid(with: highlight)
      countStyle = countStyle.overlaid(with: highlight)
    }
    // "  Name ……  3 ": two columns of indent, one space before the count and after it.
    let nameWidth = row.width - 2 - countWidth - 2
    guard nameWidth >= 3 else {
      screen.write(
        TextFit.truncate(" " + entity.name, width: row.width), x: row.x, y: row.y,
        style: nameStyle, maxWidth: row.width)
      return
    }
    let name = TextFit.truncate(Sanitizer.singleLine(entity.name), width: nameWidth)
    screen.write(name, x: row.x + 2, y: row.y, style: nameStyle, maxWidth: nameWidth)
    screen.write(count, x: row.maxX - 1 - countWidth, y: row.y, style: countStyle)
  }

  /// The heading of a group.
  static func groupName(_ kind: EntityKind) -> String {
    kind == .person ? "People" : "Organizations"
  }
}
