import BylineScreen

/// The `?` overlay: every key from the key table, grouped by where it works.
enum HelpView {
  /// The help text as (text, element) rows, generated from `keyMap`.
  static func lines(for keyMap: KeyMap) -> [(String, String, ThemeElement)] {
    var rows: [(String, String, ThemeElement)] = []
    // Everywhere first: `?`, `Tab`, `e` and `Q` are what a new user needs, and
    // the whole table no longer fits on a 40-row screen.
    let sections: [(String, KeyContext)] = [
      ("Everywhere", .everywhere), ("In the list", .list), ("In the reader", .reader),
      ("In the entity panel", .panel), ("In people & organizations (E)", .directory),
    ]
    for (title, context) in sections {
      if !rows.isEmpty { rows.append(("", "", .help)) }
      rows.append((title, "", .helpTitle))
      for binding in keyMap.bindings where binding.context == context {
        let keys = binding.keys.map(KeyName.of).joined(separator: ", ")
        rows.append((keys, binding.help, .helpKey))
      }
    }
    return rows
  }

  static func render(_ state: AppState, theme: Theme, into screen: inout Screen) {
    let rows = lines(for: state.keyMap)
    let width = min(screen.width - 2, 66)
    let height = min(screen.height - 2, rows.count + 4)
    guard width >= 10, height >= 4 else { return }
    let box = Rect(
      x: (screen.width - width) / 2, y: (screen.height - 1 - height) / 2 + 0,
      width: width, height: height)
    let style = theme[.help]
    let border = style.overlaid(with: theme[.border])
    screen.fill(box, style: style)
    Frame.draw(
      box, title: " Byline keys ", style: border,
      titleStyle: style.overlaid(with: theme[.helpTitle]), into: &screen)
    let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 3)
    let scroll = min(state.helpScroll, max(0, rows.count - inner.height))
    let keyColumn = min(22, inner.width / 2)
    for row in 0..<inner.height {
      let index = scroll + row
      guard rows.indices.contains(index) else { break }
      let (left, right, element) = rows[index]
      let y = inner.y + row
      if element == .helpTitle {
        screen.write(
          left, x: inner.x, y: y, style: style.overlaid(with: theme[.helpTitle]),
          maxWidth: inner.width)
      } else {
        screen.write(
          left, x: inner.x, y: y, style: style.overlaid(with: theme[.helpKey]),
          maxWidth: keyColumn - 1)
        screen.write(
          right, x: inner.x + keyColumn, y: y, style: style, maxWidth: inner.width - keyColumn)
      }
    }
    let footer = rows.count > inner.height ? "j/k scroll · any other key closes" : "any key closes"
    screen.write(
      TextFit.truncate(footer, width: inner.width), x: inner.x, y: box.maxY - 2,
      style: style.overlaid(with: theme[.meta]), maxWidth: inner.width)
  }
}

/// A box-drawing frame around a rectangle.
enum Frame {
  static func draw(
    _ box: Rect, title: String, style: Style, titleStyle: Style, into screen: inout Screen
  ) {
    guard box.width >= 2, box.height >= 2 else { return }
    let horizontal = String(repeating: "─", count: box.width - 2)
    screen.write("┌" + horizontal + "┐", x: box.x, y: box.y, style: style)
    screen.write("└" + horizontal + "┘", x: box.x, y: box.maxY - 1, style: style)
    for y in (box.y + 1)..<(box.maxY - 1) {
      screen.write("│", x: box.x, y: y, style: style)
      screen.write("│", x: box.maxX - 1, y: y, style: style)
    }
    screen.write(
      TextFit.truncate(title, width: box.width - 4), x: box.x + 2, y: box.y, style: titleStyle)
  }
}
