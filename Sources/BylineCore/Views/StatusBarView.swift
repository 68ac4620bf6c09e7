import BylineScreen

/// The bottom line: position, unread count, highlight mode and the help hint,
/// or a message, or the search prompt.
enum StatusBarView {
  static func render(_ state: AppState, theme: Theme, into screen: inout Screen, area: Rect) {
    let bar = theme[.statusBar]
    screen.fill(area, style: bar)
    guard !area.isEmpty else { return }
    if let prompt = state.entityPrompt {
      let text = " " + prompt.promptText
      screen.write(
        lastColumns(of: text, width: area.width), x: area.x, y: area.y, style: bar,
        maxWidth: area.width)
      return
    }
    if let search = state.search, search.isEditing {
      let scope = search.isStoreWide ? "search all: " : "/"
      let prompt = scope + Sanitizer.singleLine(search.query) + "█"
      let shown = lastColumns(of: prompt, width: area.width)
      screen.write(shown, x: area.x, y: area.y, style: bar, maxWidth: area.width)
      return
    }
    let hint = area.width >= 50 ? " ? help " : " ? "
    let hintWidth = area.width >= 24 ? DisplayWidth.of(hint) : 0
    let leftWidth = area.width - hintWidth
    if let message = state.message {
      let style = bar.overlaid(with: theme[message.kind == .error ? .error : .message])
      let text = TextFit.pad(" " + Sanitizer.singleLine(message.text), width: leftWidth)
      screen.write(text, x: area.x, y: area.y, style: style, maxWidth: leftWidth)
    } else {
      let text = summary(state, width: leftWidth)
      screen.write(text, x: area.x, y: area.y, style: bar, maxWidth: leftWidth)
    }
    if hintWidth > 0 {
      screen.write(
        hint, x: area.maxX - hintWidth, y: area.y, style: bar.overlaid(with: theme[.statusHint]))
    }
  }

  /// The left part of the bar: the most detailed variant that fits `width`.
  static func summary(_ state: AppState, width: Int) -> String {
    let total = state.articles.count
    let position = total == 0 ? "0/0" : "\(state.selection + 1)/\(total)"
    let unread = "\(state.unreadCount) unread"
    let mode = state.highlightMode.label
    var extras: [String] = []
    if let filter = state.listFilter {
      let label = TextFit.truncate(Sanitizer.singleLine(filter.label), width: 40)
      extras.append("[\(label): \(total) of \(state.allArticles.count), Esc: all]")
    }
    if state.listView != .all { extras.append(state.listView.label) }
    if state.listOrder != .standard { extras.append("sort: \(state.listOrder.label)") }
    if state.focus != .list, let percent = readerPercent(state) { extras.append(percent) }
    if let search = state.search, !search.isEditing, !search.matches.isEmpty {
      extras.append("/\(Sanitizer.singleLine(search.query)) \(search.matches.count) matches")
    }
    let variants: [[String]] = [
      [position, unread, "highlight: \(mode)"] + extras,
      [position, unread, "highlight: \(mode)"],
      [position, unread, "hl: \(mode)"],
      [position, "hl: \(mode)"],
      [position],
    ]
    for parts in variants {
      let text = " " + parts.joined(separator: "  ")
      if DisplayWidth.of(text) <= width { return text }
    }
    return TextFit.truncate(" " + position, width: width)
  }

  static func readerPercent(_ state: AppState) -> String? {
    guard let layout = state.readerLayout, !layout.lines.isEmpty else { return nil }
    let bottom = min(layout.lines.count, state.readerScroll + state.readerHeight)
    if state.readerScroll == 0 && bottom >= layout.lines.count { return "all" }
    if state.readerScroll == 0 { return "top" }
    if bottom >= layout.lines.count { return "end" }
    return "\(bottom * 100 / layout.lines.count)%"
  }

  /// The last `width` columns of `text` (so the cursor end of a long query shows).
  static func lastColumns(of text: String, width: Int) -> String {
    var result: [Character] = []
    var used = 0
    for character in text.reversed() {
      let columns = DisplayWidth.of(character)
      if used + columns > width { break }
      result.append(character)
      used += columns
    }
    return String(result.reversed())
  }
}
