import BylineScreen
import BylineStore
import Foundation

/// The article list: one row per article with unread and star markers, date,
/// source and title, truncated at the pane edge by display width.
enum ArticleListView {
  static func render(_ state: AppState, theme: Theme, into screen: inout Screen, area: Rect) {
    screen.fill(area, style: theme[.listItem])
    guard !area.isEmpty else { return }
    if state.articles.isEmpty {
      screen.write(
        " No articles yet.", x: area.x, y: area.y, style: theme[.meta], maxWidth: area.width)
      return
    }
    let focused = state.focus == .list
    for row in 0..<area.height {
      let index = state.listOffset + row
      guard state.articles.indices.contains(index) else { break }
      let article = state.articles[index]
      var base = theme[.listItem]
      if !article.isRead { base = base.overlaid(with: theme[.listUnread]) }
      var selectedStyle: Style? = nil
      if index == state.selection {
        selectedStyle = theme[focused ? .listSelected : .listSelectedUnfocused]
        base = base.overlaid(with: selectedStyle ?? .plain)
      }
      let y = area.y + row
      screen.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: base)
      var x = area.x
      let end = area.maxX
      func put(_ text: String, _ style: Style) {
        guard x < end else { return }
        x += screen.write(text, x: x, y: y, style: style, maxWidth: end - x)
      }
      func columnStyle(_ element: ThemeElement) -> Style {
        var style = theme[.listItem].overlaid(with: theme[element])
        if !article.isRead { style = style.overlaid(with: theme[.listUnread]) }
        if let selectedStyle { style = style.overlaid(with: selectedStyle) }
        return style
      }
      put(article.isRead ? " " : "●", base)
      put(article.isStarred ? "★" : " ", base)
      put(" ", base)
      if area.width >= 28 {
        let format = state.display.dateFormat
        let date = article.date.map(format.format) ?? ""
        put(TextFit.pad(date, width: format.columnWidth), columnStyle(.listDate))
        put(" ", base)
      }
      if area.width >= 36 {
        let source = ListSource.short(Sanitizer.singleLine(article.source))
        put(TextFit.pad(source, width: area.width >= 48 ? 12 : 8), columnStyle(.listSource))
        put(" ", base)
      }
      let title = Sanitizer.singleLine(article.title)
      put(TextFit.truncate(title.isEmpty ? "(untitled)" : title, width: end - x), base)
    }
  }
}

/// A source name short enough for the list's source column.
enum ListSource {
  /// The part before the first `;` or `,` (the samples' sources carry notes).
  static func short(_ source: String) -> String {
    // Sanitised sources without notes need no cutting (the usual case, on every row).
    if !source.utf8.contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ",") }),
      source.first?.isWhitespace != true, source.last?.isWhitespace != true
    {
      return source
    }
    let cut = source.split(whereSeparator: { $0 == ";" || $0 == "," }).first.map(String.init)
    return (cut ?? source).trimmingCharacters(in: .whitespaces)
  }
}
