import BylineScreen

/// What a new user sees on an empty store: how to add articles.
enum EmptyStoreView {
  static func lines(storeDescription: String) -> [(String, ThemeElement)] {
    [
      ("Welcome to Byline.", .header),
      ("", .body),
      ("Your article store is empty.", .body),
      (storeDescription.isEmpty ? "" : "Store: \(storeDescription)", .meta),
      ("", .body),
      ("Add articles (text or Markdown files, or whole folders):", .body),
      ("  byline import ~/articles/story.txt", .helpKey),
      ("  byline import ~/articles/", .helpKey),
      ("", .body),
      ("Or try the bundled sample articles:", .body),
      ("  byline --demo", .helpKey),
      ("", .body),
      ("Press q to quit, ? for help.", .meta),
    ]
  }

  static func render(_ state: AppState, theme: Theme, into screen: inout Screen, area: Rect) {
    let margin = Layout.margin(forPane: area.width)
    let text = lines(storeDescription: Sanitizer.singleLine(state.storeDescription))
    for (row, (line, element)) in text.enumerated() where row < area.height {
      screen.write(
        TextFit.truncate(line, width: area.width - margin), x: area.x + margin, y: area.y + row,
        style: theme[.body].overlaid(with: theme[element]), maxWidth: area.width - margin)
    }
  }
}
