import BylineCore
import BylineScreen
import BylineStore
import Testing

@Suite struct UpdateTests {
  @Test("j and k move the selection and load the article for a live preview")
  func jAndKMoveSelection() {
    var state = Fixtures.state(width: 120, height: 40)
    #expect(state.selection == 0)
    #expect(state.document?.id == ArticleID("a1"))
    Fixtures.press(&state, .character("j"))
    #expect(state.selection == 1)
    #expect(state.document?.id == ArticleID("a2"))
    #expect(state.focus == .list)
    Fixtures.press(&state, .character("k"), .up)
    #expect(state.selection == 0)
  }

  @Test("G and g jump to the last and first article; movement stops at the ends")
  func jumpToEnds() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .character("G"))
    #expect(state.selection == 3)
    Fixtures.press(&state, .character("j"))
    #expect(state.selection == 3)
    Fixtures.press(&state, .home)
    #expect(state.selection == 0)
  }

  @Test("Enter opens the article in the reader and marks it read")
  func enterOpensAndMarksRead() {
    var state = Fixtures.state(width: 120, height: 40)
    #expect(state.unreadCount == 3)
    let effects = update(&state, .key(.enter))
    #expect(state.focus == .reader)
    #expect(state.articles[0].isRead)
    #expect(state.unreadCount == 2)
    #expect(effects.contains(.setRead(ArticleID("a1"), true)))
  }

  @Test("Moving through the list does not mark articles read")
  func previewDoesNotMarkRead() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .character("j"), .character("j"), .character("j"))
    #expect(state.unreadCount == 3)
  }

  @Test("In the reader j scrolls, Space pages, G goes to the end, Esc goes back")
  func readerScrolling() {
    var state = Fixtures.state(width: 80, height: 24)
    Fixtures.press(&state, .character("G"), .enter)
    #expect(state.document?.id == ArticleID("a4"))
    Fixtures.press(&state, .character("j"))
    #expect(state.readerScroll == 1)
    Fixtures.press(&state, .character(" "))
    #expect(state.readerScroll > 1)
    Fixtures.press(&state, .character("G"))
    let bottom = state.readerScroll
    Fixtures.press(&state, .character("j"))
    #expect(state.readerScroll == bottom, "scrolling stops at the end")
    Fixtures.press(&state, .character("g"))
    #expect(state.readerScroll == 0)
    Fixtures.press(&state, .escape)
    #expect(state.focus == .list)
  }

  @Test("J and K open the next and previous article without leaving the reader")
  func nextArticleInReader() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .enter, .character("J"))
    #expect(state.focus == .reader)
    #expect(state.selection == 1)
    #expect(state.document?.id == ArticleID("a2"))
    Fixtures.press(&state, .character("K"))
    #expect(state.selection == 0)
  }

  @Test("h cycles people+orgs → people → orgs → off → people+orgs")
  func highlightCycles() {
    var state = Fixtures.state(width: 120, height: 40)
    var seen: [HighlightMode] = []
    for _ in 0..<4 {
      Fixtures.press(&state, .character("h"))
      seen.append(state.highlightMode)
    }
    #expect(seen == [.peopleOnly, .organizationsOnly, .off, .all])
  }

  @Test("u toggles read and s toggles the star, each asking the store to save")
  func toggles() {
    var state = Fixtures.state(width: 120, height: 40)
    #expect(update(&state, .key(.character("u"))) == [.setRead(ArticleID("a1"), true)])
    #expect(update(&state, .key(.character("u"))) == [.setRead(ArticleID("a1"), false)])
    #expect(update(&state, .key(.character("s"))) == [.setStarred(ArticleID("a1"), true)])
    #expect(state.articles[0].isStarred)
  }

  @Test("q quits from the list but goes back from the reader; Q quits anywhere")
  func quitting() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .enter)
    #expect(update(&state, .key(.character("q"))).isEmpty)
    #expect(state.focus == .list && !state.isQuitting)
    Fixtures.press(&state, .enter)
    #expect(update(&state, .key(.character("Q"))) == [.quit])
    #expect(state.isQuitting)
  }

  @Test("Tab switches focus between the panes")
  func tabSwitchesFocus() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .tab)
    #expect(state.focus == .reader)
    Fixtures.press(&state, .tab)
    #expect(state.focus == .list)
  }

  @Test("/ searches the article; n and N cycle through matches")
  func searchInArticle() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .enter, .character("/"))
    for c in "huawei" { Fixtures.press(&state, .character(c)) }
    #expect(state.search?.isEditing == true)
    Fixtures.press(&state, .enter)
    #expect(state.search?.matches.count == 4, "title, two in paragraph 1's area, and paragraph 2")
    #expect(state.search?.current == 0)
    Fixtures.press(&state, .character("n"))
    #expect(state.search?.current == 1)
    Fixtures.press(&state, .character("N"), .character("N"))
    #expect(state.search?.current == 3, "N wraps around to the last match")
    Fixtures.press(&state, .escape)
    #expect(state.search == nil)
    #expect(state.focus == .reader, "the first Esc only clears the search")
  }

  @Test("Resizing keeps the reading position")
  func resizeKeepsPlace() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .character("G"), .enter)
    for _ in 0..<30 { Fixtures.press(&state, .character("j")) }
    let anchor = state.readerLayout?.anchor(atRow: state.readerScroll)
    _ = update(&state, .resize(width: 60, height: 30))
    let after = state.readerLayout?.anchor(atRow: state.readerScroll)
    #expect(anchor?.block == after?.block)
    #expect(state.readerLayout?.width == Layout.textWidth(forPane: 60))
  }

  @Test("The list scrolls to keep the selection visible")
  func listScrolls() {
    let many = (0..<100).map {
      ArticleSummary(
        id: ArticleID("x\($0)"), title: "Story \($0)", date: Fixtures.date("2020-01-01"))
    }
    var state = Fixtures.state(width: 120, height: 10, articles: many)
    Fixtures.press(&state, .pageDown, .pageDown)
    #expect(state.selection == 18)
    #expect(state.listOffset <= 18 && 18 < state.listOffset + 9)
    Fixtures.press(&state, .end)
    #expect(state.selection == 99)
    #expect(state.listOffset == 91)
  }

  @Test("? opens help and any other key closes it")
  func helpOverlay() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .character("?"))
    #expect(state.isHelpVisible)
    Fixtures.press(&state, .character("x"))
    #expect(!state.isHelpVisible)
    #expect(state.selection == 0, "the closing key does nothing else")
  }
}

@Suite struct ReloadTests {
  @Test("R asks for the list again; a new list keeps the selected article selected")
  func reloadKeepsSelection() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .character("j"))
    #expect(update(&state, .key(.character("R"))) == [.reloadArticles])
    let newest = ArticleSummary(
      id: ArticleID("new"), title: "Breaking", date: Fixtures.date("2022-01-01"))
    let effects = update(&state, .articlesChanged([newest] + Fixtures.summaries))
    #expect(state.selection == 2, "still on a2, now one row further down")
    #expect(state.selectedArticle?.id == ArticleID("a2"))
    #expect(effects.isEmpty, "the open article is still the same")
  }

  @Test("When the selected article disappears, the selection moves and the reader reloads")
  func reloadAfterRemoval() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .character("G"))
    let effects = update(&state, .articlesChanged(Array(Fixtures.summaries.prefix(2))))
    #expect(state.selection == 1)
    #expect(effects == [.loadArticle(ArticleID("a2"))])
  }
}
