import BylineScreen
import BylineStore

/// The `E` view drawn over the panes: a heading, one row per entity (name,
/// kind, articles, mentions), and the find prompt or key hints at the bottom.
enum EntityDirectoryView {
  static func render(_ state: AppState, theme: Theme, into screen: inout Screen) {
    guard let directory = state.entityDirectory else { return }
    let area = Rect(x: 0, y: 0, width: state.width, height: max(0, state.height - 1))
    let item = theme[.listItem]
    screen.fill(area, style: item)
    guard area.height >= 3, area.width >= 10 else { return }
    let order = directory.sort == .articles ? "most articles first" : "by name"
    var heading = " People & organizations: \(directory.rows.count)"
    if !directory.query.isEmpty {
      heading += " matching “\(Sanitizer.singleLine(directory.query))”"
    }
    heading += " (\(order))"
    if state.unanalyzedArticles > 0 { heading += " · \(state.unanalyzedArticles) articles to go" }
    screen.write(
      TextFit.truncate(heading, width: area.width), x: 0, y: 0,
      style: item.overlaid(with: theme[.header]), maxWidth: area.width)
    let numbers = 22
    let nameWidth = max(4, min(48, area.width - numbers - 16))
    let columns =
      TextFit.pad(" name", width: nameWidth + 1) + TextFit.pad("kind", width: 14)
      + "articles  mentions"
    screen.write(
      TextFit.truncate(columns, width: area.width), x: 0, y: 1,
      style: item.overlaid(with: theme[.meta]), maxWidth: area.width)
    let rows = state.directoryHeight - 1
    for line in 0..<max(0, min(rows, area.height - 3)) {
      let index = directory.scroll + line
      guard directory.rows.indices.contains(index) else { break }
      let entity = state.storeEntities[directory.rows[index]]
      let kindStyle = theme[entity.kind == .person ? .person : .organization]
      var style = item
      if index == directory.selection { style = item.overlaid(with: theme[.listSelected]) }
      let y = 2 + line
      screen.fill(Rect(x: 0, y: y, width: area.width, height: 1), style: style)
      let name = TextFit.truncate(" " + Sanitizer.singleLine(entity.name), width: nameWidth + 1)
      screen.write(name, x: 0, y: y, style: style.overlaid(with: kindStyle), maxWidth: area.width)
      let rest =
        TextFit.pad(entity.kind == .person ? "person" : "organization", width: 14)
        + TextFit.pad(String(entity.articles), width: 10) + String(entity.mentions)
      screen.write(rest, x: nameWidth + 1, y: y, style: style, maxWidth: area.width - nameWidth - 1)
    }
    let bottom = area.height - 1
    let prompt =
      directory.isEditingQuery
      ? " find: " + Sanitizer.singleLine(directory.query) + "█"
      : " Enter/f: list its articles   /: find   s: sort   Esc: close"
    screen.write(
      TextFit.truncate(prompt, width: area.width), x: 0, y: bottom,
      style: item.overlaid(with: theme[.statusHint]), maxWidth: area.width)
  }
}
