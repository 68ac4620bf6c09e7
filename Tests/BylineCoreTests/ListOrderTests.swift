import BylineCore
import BylineScreen
import BylineStore
import Testing

/// Issue #6: `S` sorts, `r` reverses and `v` narrows the list, on top of a filter (issue #5).
@Suite struct ListOrderTests {
  func ids(_ state: AppState) -> [String] { state.articles.map(\.id.rawValue) }

  /// The status bar without a message (as after the next key).
  func statusLine(_ state: AppState) -> String {
    var state = state
    state.message = nil
    let screen = Renderer.render(state, theme: Fixtures.theme)
    return screen.row(screen.height - 1)
  }

  @Test("S cycles date → title → source → date and says the order; the selection stays")
  func sortCycles() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .character("j"))  // a2
    Fixtures.press(&state, .character("S"))
    #expect(ids(state) == ["a4", "a2", "a1", "a3"])
    #expect(state.message?.text == "Sorted by title, A–Z.")
    #expect(state.selectedArticle?.id.rawValue == "a2")
    #expect(state.document?.id.rawValue == "a2")
    Fixtures.press(&state, .character("S"))
    #expect(ids(state) == ["a2", "a1", "a4", "a3"], "by source, then newest first")
    #expect(statusLine(state).contains("sort: source, A–Z"))
    Fixtures.press(&state, .character("S"))
    #expect(ids(state) == ["a1", "a2", "a3", "a4"])
    #expect(!statusLine(state).contains("sort:"), "the default order is not shown")
  }

  @Test("r reverses the order (oldest first) and back")
  func reverse() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .character("r"))
    #expect(ids(state) == ["a4", "a3", "a2", "a1"])
    #expect(state.message?.text == "Sorted by date, oldest first.")
    #expect(state.selectedArticle?.id.rawValue == "a1")
    Fixtures.press(&state, .character("r"))
    #expect(ids(state) == ["a1", "a2", "a3", "a4"])
  }

  @Test("v cycles all → unread only → starred only → all, keeping the selection when shown")
  func views() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .character("G"))  // a4, unread
    Fixtures.press(&state, .character("v"))
    #expect(ids(state) == ["a1", "a3", "a4"])
    #expect(state.selectedArticle?.id.rawValue == "a4")
    #expect(statusLine(state).contains("unread only"))
    Fixtures.press(&state, .character("v"))
    #expect(ids(state) == ["a3"])
    #expect(state.document?.id.rawValue == "a3", "the new selection is loaded")
    Fixtures.press(&state, .character("v"))
    #expect(ids(state).count == 4)
    #expect(state.selectedArticle?.id.rawValue == "a3")
  }

  @Test("v skips a view with nothing in it and says so")
  func emptyViewSkipped() {
    let unstarred = Fixtures.summaries.map { summary -> ArticleSummary in
      var copy = summary
      copy.isStarred = false
      return copy
    }
    var state = Fixtures.state(width: 120, height: 40, articles: unstarred)
    Fixtures.press(&state, .character("v"), .character("v"))
    #expect(state.listView == .all)
    #expect(state.message?.text.hasPrefix("No starred articles; showing all articles") == true)
  }

  @Test("sort, reverse and view apply to a filtered list and survive clearing the filter")
  func withFilter() {
    var state = Fixtures.state(width: 120, height: 40, articles: Fixtures.panelSummaries)
    let ask = [Effect.findArticles(.search("x"))]
    for case .findArticles(let query) in ask {
      let matching: Set = [ArticleID("a1"), ArticleID("a2"), ArticleID("a4"), ArticleID("a5")]
      Fixtures.run(&state, update(&state, .articlesFound(query, matching)))
    }
    #expect(ids(state) == ["a5", "a1", "a2", "a4"])
    #expect(state.selectedArticle?.id.rawValue == "a5")
    Fixtures.press(&state, .character("S"))
    #expect(ids(state) == ["a4", "a2", "a1", "a5"])
    #expect(state.selection == 3)
    Fixtures.press(&state, .character("r"))
    #expect(ids(state) == ["a5", "a1", "a2", "a4"])
    Fixtures.press(&state, .character("v"))
    #expect(ids(state) == ["a5", "a1", "a4"], "a2 is read")
    #expect(statusLine(state).contains("/x: 3 of 5"))
    Fixtures.press(&state, .escape)
    #expect(state.listFilter == nil)
    #expect(ids(state) == ["a3", "a5", "a1", "a4"], "title Z–A, unread only, whole store")
    #expect(state.selectedArticle?.id.rawValue == "a5")
    let bar = statusLine(state)
    #expect(bar.contains("unread only") && bar.contains("sort: title, Z–A"))
  }

  @Test("a filter applied while a view is active honours it")
  func filterUnderView() {
    var state = Fixtures.state(width: 120, height: 40, articles: Fixtures.panelSummaries)
    Fixtures.press(&state, .character("v"))  // unread only
    let query = ListQuery.search("y")
    Fixtures.run(&state, update(&state, .articlesFound(query, [ArticleID("a2")])))
    #expect(state.listFilter == nil, "a2 is read: nothing to show")
    #expect(state.message?.text == "No unread articles for /y.")
    Fixtures.run(&state, update(&state, .articlesFound(query, [ArticleID("a2"), ArticleID("a4")])))
    #expect(ids(state) == ["a4"])
  }
}
