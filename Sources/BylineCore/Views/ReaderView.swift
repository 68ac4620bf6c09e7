import BylineScreen

/// The reader pane: the open article's title, byline line and wrapped body,
/// with people, organizations and search matches highlighted.
enum ReaderView {
  static func render(_ state: AppState, theme: Theme, into screen: inout Screen, area: Rect) {
    screen.fill(area, style: theme[.body])
    guard !area.isEmpty else { return }
    if state.articles.isEmpty {
      EmptyStoreView.render(state, theme: theme, into: &screen, area: area)
      return
    }
    guard let document = state.document, let layout = state.readerLayout else {
      let note = state.message?.kind == .error ? "" : "Loading…"
      screen.write(note, x: area.x + 1, y: area.y, style: theme[.meta], maxWidth: area.width - 1)
      return
    }
    let margin = Layout.margin(forPane: area.width)
    let x0 = area.x + margin
    let maxWidth = area.maxX - x0
    for row in 0..<area.height {
      let index = state.readerScroll + row
      guard layout.lines.indices.contains(index) else { break }
      guard case .text(let blockIndex, let range) = layout.lines[index] else { continue }
      let block = document.blocks[blockIndex]
      let base: Style
      switch block.role {
      case .title: base = theme[.body].overlaid(with: theme[.header])
      case .meta: base = theme[.body].overlaid(with: theme[.meta])
      case .paragraph: base = theme[.body]
      }
      let painter = LinePainter(
        state: state, theme: theme, document: document, block: blockIndex, base: base)
      var x = x0
      for offset in range {
        guard x < x0 + maxWidth else { break }
        let style = painter.style(at: offset)
        x += screen.write(block.text[offset], x: x, y: area.y + row, style: style)
      }
    }
  }
}

/// Decides the style of each grapheme of a block: base, entity highlight,
/// the panel's selected entity, search match.
///
/// The selected entity is marked whatever the highlight mode, so `h` can
/// turn the other highlights off to follow one person.
struct LinePainter {
  let base: Style
  let mentions: [DocumentMention]
  let matches: [(range: Range<Int>, isCurrent: Bool)]
  let theme: Theme
  let mode: HighlightMode
  let selected: PanelEntity?

  init(state: AppState, theme: Theme, document: ReaderDocument, block: Int, base: Style) {
    self.base = base
    self.theme = theme
    self.mode = state.highlightMode
    self.selected = state.selectedPanelEntity
    self.mentions =
      mode == .off && selected == nil ? [] : Array(document.mentions(inBlock: block))
    var found: [(Range<Int>, Bool)] = []
    if let search = state.search, !search.isEditing {
      for (i, match) in search.matches.enumerated() where match.block == block {
        found.append((match.range, i == search.current))
      }
    }
    self.matches = found
  }

  func style(at offset: Int) -> Style {
    var style = base
    for mention in mentions where mention.range.contains(offset) {
      if mode.shows(mention.kind) {
        style = style.overlaid(with: theme[mention.kind == .person ? .person : .organization])
      }
      if let selected, selected.matches(mention) {
        style = style.overlaid(with: theme[.selectedEntity])
      }
      break
    }
    for match in matches where match.range.contains(offset) {
      style = style.overlaid(with: theme[match.isCurrent ? .currentMatch : .searchMatch])
      break
    }
    return style
  }
}
