import BylineCore
import BylineEntities
import BylineScreen
import BylineStore
import Testing

/// The entity panel (issue #5): what it lists, how it takes and gives back
/// the focus, and how it follows the open article.
@Suite struct EntityPanelTests {
  /// The panel fixture article open in the list at `width`x`height`.
  func panelState(width: Int = 120, height: Int = 40) -> AppState {
    Fixtures.state(width: width, height: height, articles: Fixtures.panelSummaries)
  }

  func names(_ state: AppState) -> [String] {
    state.entityPanel?.entities.map { "\($0.name) \($0.mentionCount)" } ?? []
  }

  @Test("People and organizations are grouped, aliases merged, most-mentioned first, ties by name")
  func grouping() {
    let blocks = [DocumentBlock(role: .paragraph, text: Array("x"))]
    func mention(_ entity: String, _ kind: EntityKind) -> DocumentMention {
      DocumentMention(block: 0, range: 0..<1, kind: kind, entity: entity)
    }
    let document = ReaderDocument(
      id: ArticleID("g"), blocks: blocks,
      mentions: [
        mention("Ford", .organization), mention("Zed", .person), mention("Amy", .person),
        mention("Ford", .person), mention("Ford", .organization), mention("Zed", .person),
      ])
    let entities = PanelEntity.all(in: document)
    #expect(
      entities.map { "\($0.kind.rawValue):\($0.name) \($0.mentionCount)" } == [
        "person:Zed 2", "person:Amy 1", "person:Ford 1", "organization:Ford 2",
      ])
  }

  @Test("e opens the panel for the selected article from the list; it takes the focus")
  func openFromList() {
    var state = panelState()
    #expect(!state.isPanelOpen)
    Fixtures.press(&state, .character("e"))
    #expect(state.isPanelOpen && state.focus == .panel)
    #expect(
      names(state) == [
        "Daniel Okafor 4", "Maria Lopez 4", "Carlos Lopez 1",
        "Northwind Bank 3", "Lopez Holdings 2", "Harbor Trust 1", "United Nations 1",
      ])
    #expect(state.selectedPanelEntity?.name == "Daniel Okafor")
    #expect(state.articles[0].isRead == false, "opening the panel is not reading")
    Fixtures.press(&state, .character("e"))
    #expect(!state.isPanelOpen && state.focus == .list, "e again closes it; focus goes back")
    #expect(state.selectedPanelEntity == nil)
  }

  @Test("Opened from the reader, closing the panel gives the focus back to the reader")
  func openFromReader() {
    var state = panelState()
    Fixtures.press(&state, .enter, .character("e"))
    #expect(state.focus == .panel)
    Fixtures.press(&state, .escape)
    #expect(!state.isPanelOpen && state.focus == .reader)
  }

  @Test("e on an empty store says there is nothing to list")
  func emptyStore() {
    var state = Fixtures.state(width: 120, height: 40, articles: [])
    Fixtures.press(&state, .character("e"))
    #expect(!state.isPanelOpen)
    #expect(state.message != nil)
  }

  @Test("The panel narrows the reader while open and gives the columns back when closed")
  func readerRewraps() {
    var state = panelState()
    let wide = state.readerLayout?.width ?? 0
    Fixtures.press(&state, .character("e"))
    let narrow = state.readerLayout?.width ?? 0
    #expect(narrow < wide)
    #expect(narrow >= 40, "still comfortable to read at 120 columns")
    Fixtures.press(&state, .character("e"))
    #expect(state.readerLayout?.width == wide)
  }

  @Test("Tab cycles list → reader → panel → list; Shift-Tab goes the other way")
  func tabCycle() {
    var state = panelState()
    Fixtures.press(&state, .tab)
    #expect(state.focus == .reader)
    Fixtures.press(&state, .tab)
    #expect(state.focus == .list, "without the panel Tab toggles two panes")
    Fixtures.press(&state, .character("e"))
    var seen: [Focus] = [state.focus]
    for _ in 0..<3 {
      Fixtures.press(&state, .tab)
      seen.append(state.focus)
    }
    #expect(seen == [.panel, .list, .reader, .panel])
    Fixtures.press(&state, .backTab)
    #expect(state.focus == .reader)
    Fixtures.press(&state, .backTab, .backTab)
    #expect(state.focus == .panel)
  }

  @Test("Esc closes the innermost thing: help, then a search, then the panel, then the reader")
  func escapeOrder() {
    var state = panelState()
    Fixtures.press(&state, .enter, .character("/"))
    for c in "merger" { Fixtures.press(&state, .character(c)) }
    Fixtures.press(&state, .enter, .character("e"), .tab, .tab)
    #expect(state.focus == .reader && state.isPanelOpen && state.search != nil)
    Fixtures.press(&state, .character("?"))
    Fixtures.press(&state, .escape)
    #expect(!state.isHelpVisible && state.isPanelOpen && state.search != nil)
    Fixtures.press(&state, .escape)
    #expect(state.search == nil && state.isPanelOpen && state.focus == .reader)
    Fixtures.press(&state, .escape)
    #expect(!state.isPanelOpen && state.focus == .reader)
    Fixtures.press(&state, .escape)
    #expect(state.focus == .list)
  }

  @Test("Esc in the list closes the panel too; q in the panel closes it")
  func escapeFromListAndQ() {
    var state = panelState()
    Fixtures.press(&state, .character("e"), .tab)
    #expect(state.focus == .list && state.isPanelOpen)
    Fixtures.press(&state, .escape)
    #expect(!state.isPanelOpen && state.focus == .list && !state.isQuitting)
    Fixtures.press(&state, .character("e"), .character("q"))
    #expect(!state.isPanelOpen && !state.isQuitting, "q closes the panel, it does not quit")
  }

  @Test("j, k, G, g and PgDn move the selection across both groups and stop at the ends")
  func selectionMoves() {
    var state = panelState()
    Fixtures.press(&state, .character("e"), .character("j"))
    #expect(state.selectedPanelEntity?.name == "Maria Lopez")
    Fixtures.press(&state, .down, .down)
    #expect(state.selectedPanelEntity?.name == "Northwind Bank")
    #expect(state.selectedPanelEntity?.kind == .organization)
    Fixtures.press(&state, .character("G"))
    #expect(state.selectedPanelEntity?.name == "United Nations")
    Fixtures.press(&state, .character("j"))
    #expect(state.selectedPanelEntity?.name == "United Nations")
    Fixtures.press(&state, .character("g"), .character("k"))
    #expect(state.selectedPanelEntity?.name == "Daniel Okafor")
    Fixtures.press(&state, .pageDown)
    #expect(state.selectedPanelEntity?.name == "United Nations")
    #expect(state.selection == 0, "the article list did not move")
  }

  @Test("A long panel scrolls to keep the selection in view")
  func panelScrolls() {
    var state = panelState(width: 40, height: 8)
    Fixtures.press(&state, .character("e"), .character("G"))
    let panel = state.entityPanel
    let rows = panel?.rows.count ?? 0
    #expect(rows == 10)
    #expect((panel?.scroll ?? 0) > 0)
    let selected = panel?.selectedRow ?? -1
    #expect(selected >= panel?.scroll ?? 0 && selected < (panel?.scroll ?? 0) + 7)
    Fixtures.press(&state, .character("g"))
    #expect(state.entityPanel?.scroll == 0, "the People heading shows again")
  }

  /// The texts drawn in the selected-entity style, one per run of cells.
  func selectedRuns(_ state: AppState) -> [String] {
    let screen = Renderer.render(state, theme: Fixtures.theme)
    let marked = Fixtures.theme[.selectedEntity].background
    var runs: [String] = []
    for y in 0..<screen.height {
      var current = ""
      for x in 0..<screen.width {
        let cell = screen[x, y]
        if cell.style.background == marked {
          current += cell.content
        } else if !current.isEmpty {
          runs.append(current)
          current = ""
        }
      }
      if !current.isEmpty { runs.append(current) }
    }
    return runs
  }

  @Test("The selected entity's mentions are marked in the text, and the mark follows the selection")
  func selectedEntityHighlight() {
    var state = panelState()
    #expect(selectedRuns(state).isEmpty, "nothing marked while the panel is closed")
    Fixtures.press(&state, .character("e"))
    #expect(Set(selectedRuns(state)) == ["Okafor", "Daniel Okafor"])
    Fixtures.press(&state, .character("j"))
    #expect(Set(selectedRuns(state)) == ["Lopez", "Maria Lopez"], "Carlos Lopez is not her")
    Fixtures.press(&state, .character("j"))
    #expect(selectedRuns(state) == ["Carlos Lopez"])
    Fixtures.press(&state, .character("j"), .character("h"), .character("h"), .character("h"))
    #expect(state.highlightMode == .off)
    #expect(
      Set(selectedRuns(state)) == ["Northwind Bank", "Northwind"], "marked with highlights off")
  }

  /// The reader row of the first mention of `text` at or after `from` in block `block`.
  func row(of text: String, inBlock block: Int, _ state: AppState) -> Int? {
    guard let document = state.document, let layout = state.readerLayout else { return nil }
    let characters = document.blocks[block].text
    let needle = Array(text)
    for start in 0...(characters.count - needle.count)
    where Array(characters[start..<(start + needle.count)]) == needle {
      return layout.row(block: block, offset: start)
    }
    return nil
  }

  func isVisible(_ row: Int?, _ state: AppState) -> Bool {
    guard let row else { return false }
    let height = state.layout.reader?.height ?? 0
    return row >= state.readerScroll && row < state.readerScroll + height
  }

  @Test("Enter scrolls the reader to the first mention, a few lines from the top; focus stays")
  func enterJumps() throws {
    var state = panelState(width: 80, height: 24)
    Fixtures.press(&state, .character("e"), .character("G"))
    #expect(state.readerScroll == 0)
    // Block 9 is the paragraph about the United Nations (title, meta, then paragraphs).
    let target = try #require(row(of: "United Nations", inBlock: 9, state))
    #expect(!isVisible(target, state), "the mention starts off screen")
    Fixtures.press(&state, .enter)
    #expect(state.focus == .panel)
    #expect(isVisible(target, state))
    #expect((1...3).contains(target - state.readerScroll), "a few lines from the top")
    #expect(state.message?.text == "United Nations: mention 1 of 1")
  }

  @Test("] and [ step through one entity's mentions, scrolling; at the last ] says so")
  func bracketJumps() throws {
    var state = panelState(width: 80, height: 24)
    Fixtures.press(&state, .character("e"), .character("j"))
    #expect(state.selectedPanelEntity?.name == "Maria Lopez")
    let last = try #require(row(of: "Lopez and Okafor are", inBlock: 10, state))
    var messages: [String] = []
    for _ in 0..<4 {
      Fixtures.press(&state, .character("]"))
      messages.append(state.message?.text ?? "")
    }
    #expect(
      messages == (1...4).map { "Maria Lopez: mention \($0) of 4" }, "title, two, then the end")
    #expect(isVisible(last, state), "the last mention was scrolled into view")
    let scroll = state.readerScroll
    Fixtures.press(&state, .character("]"))
    #expect(state.message?.text == "No more mentions of Maria Lopez below (4 in all).")
    #expect(state.readerScroll == scroll)
    Fixtures.press(&state, .character("["))
    #expect(state.message?.text == "Maria Lopez: mention 3 of 4")
    let third = try #require(row(of: "Lopez said", inBlock: 3, state))
    #expect(isVisible(third, state))
  }

  @Test("] in the reader with the panel closed visits every mention in reading order")
  func bracketWithoutPanel() {
    var state = panelState(width: 80, height: 24)
    Fixtures.press(&state, .enter)
    var visited: [String] = []
    for _ in 0..<20 {
      Fixtures.press(&state, .character("]"))
      guard let text = state.message?.text, !text.hasPrefix("No more") else { break }
      visited.append(String(text.prefix { $0 != ":" }))
    }
    #expect(
      visited == [
        "Maria Lopez", "Daniel Okafor", "Northwind Bank", "Maria Lopez", "Northwind Bank",
        "Lopez Holdings", "Daniel Okafor", "Harbor Trust", "Maria Lopez", "Lopez Holdings",
        "Carlos Lopez", "Northwind Bank", "Daniel Okafor", "United Nations", "Maria Lopez",
        "Daniel Okafor",
      ])
    #expect(state.readerScroll > 0)
  }

  @Test("] and [ start from the reading position: the top of the pane after scrolling")
  func bracketFromReadingPosition() throws {
    var state = panelState(width: 80, height: 24)
    Fixtures.press(&state, .enter, .pageDown)
    let top = state.readerScroll
    #expect(top > 0)
    // The first mention at or below the top of the pane after a page down.
    Fixtures.press(&state, .character("]"))
    #expect(
      state.message?.text == "Daniel Okafor: mention 13 of 16", "\(state.message?.text ?? "")")
    #expect(state.readerScroll == top, "it is on screen: no scrolling")
    Fixtures.press(&state, .character("g"), .character("["))
    #expect(state.message?.text == "No earlier mentions above (16 in all).")
  }

  @Test("J in the panel opens the next article; the selection follows the entity by name")
  func articleChangeKeepsSelection() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .enter, .character("e"), .character("G"))
    #expect(state.selectedPanelEntity?.name == "Acme Widgets")
    Fixtures.press(&state, .character("J"))
    #expect(state.document?.id == ArticleID("a2"))
    #expect(state.focus == .panel, "the panel keeps the focus")
    #expect(state.entityPanel?.articleID == ArticleID("a2"))
    #expect(names(state) == ["Acme Widgets 2"])
    #expect(state.selectedPanelEntity?.name == "Acme Widgets")
    Fixtures.press(&state, .character("K"))
    #expect(state.selectedPanelEntity?.name == "Acme Widgets", "back in a1, still Acme")
    #expect(state.selectedPanelEntity?.mentionCount == 1)
  }

  @Test("A selection the new article lacks falls back to its first entity, never a stale one")
  func staleSelection() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .enter, .character("e"))
    #expect(state.selectedPanelEntity?.name == "Gina Raimondo")
    Fixtures.press(&state, .character("]"))
    #expect(state.mentionCursor != nil)
    // While the next article loads the panel lists nothing from the old one.
    _ = update(&state, .key(.character("J")))
    #expect(state.entityPanel?.entities.isEmpty == true)
    #expect(state.selectedPanelEntity == nil)
    #expect(state.mentionCursor == nil)
    Fixtures.run(&state, [.loadArticle(ArticleID("a2"))])
    #expect(state.selectedPanelEntity?.name == "Acme Widgets")
    #expect(names(state) == ["Acme Widgets 2"])
  }

  @Test("R after the open article disappeared rebuilds the panel for the new selection")
  func reloadRebuilds() {
    var state = Fixtures.state(width: 120, height: 40, articles: Fixtures.panelSummaries)
    Fixtures.press(&state, .character("e"))
    let effects = update(&state, .articlesChanged(Fixtures.summaries))
    Fixtures.run(&state, effects)
    #expect(state.document?.id == ArticleID("a1"))
    #expect(state.entityPanel?.articleID == ArticleID("a1"))
    #expect(state.selectedPanelEntity?.name == "Gina Raimondo")
  }

  @Test("A reload that empties the store closes the panel")
  func reloadToEmpty() {
    var state = panelState()
    Fixtures.press(&state, .character("e"))
    _ = update(&state, .articlesChanged([]))
    #expect(!state.isPanelOpen && state.focus == .list)
  }

  @Test("Where the panel goes: beside the reader, in the list's slot, or as the only pane")
  func layouts() {
    let wide = Layout(width: 120, height: 40, focus: .panel, isPanelOpen: true)
    #expect(wide.arrangement == .sideBySide)
    #expect(Layout.panelWidths.contains(wide.panel?.width ?? 0))
    #expect(wide.panel?.maxX == 120 && wide.list != nil && (wide.reader?.width ?? 0) >= 50)
    let stacked = Layout(width: 80, height: 24, focus: .panel, isPanelOpen: true)
    #expect(stacked.panel?.y == stacked.reader?.y, "beside the reader, under the list")
    #expect(stacked.list != nil && stacked.panel?.maxX == 80)
    let narrow = Layout(width: 60, height: 24, focus: .panel, isPanelOpen: true)
    #expect(narrow.panel?.y == 0 && narrow.list == nil && narrow.reader?.width == 60)
    let narrowList = Layout(width: 60, height: 24, focus: .list, isPanelOpen: true)
    #expect(narrowList.panel == nil && narrowList.list != nil)
    let small = Layout(width: 40, height: 12, focus: .panel, isPanelOpen: true)
    #expect(small.panel == Rect(x: 0, y: 0, width: 40, height: 11))
    #expect(small.list == nil && small.reader == nil)
    let closed = Layout(width: 120, height: 40, focus: .list)
    #expect(closed.panel == nil && closed.panelDivider == nil)
  }
}
