import BylineCore
import BylineScreen
import BylineStore
import Testing

/// Issue #6: `.` next unread, `A` mark all read, `d` delete with a y/n question, `o`/`y` links.
@Suite struct DailyDriverTests {
  @Test(". jumps to the next unread article, wraps to the top, and says when there is none")
  func nextUnread() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .character("."))
    #expect(state.selectedArticle?.id.rawValue == "a3", "a2 is read")
    #expect(state.document?.id.rawValue == "a3")
    Fixtures.press(&state, .character("."))
    #expect(state.selectedArticle?.id.rawValue == "a4")
    Fixtures.press(&state, .character("."))
    #expect(state.selectedArticle?.id.rawValue == "a1")
    #expect(state.message?.text == "Wrapped to the top of the list.")
    Fixtures.press(&state, .character("A"))
    Fixtures.press(&state, .character("."))
    #expect(state.selectedArticle?.id.rawValue == "a1")
    #expect(state.message?.text == "No unread articles in this list.")
  }

  @Test("A marks every article of the filtered list read with one batch effect")
  func markAllRead() {
    var state = Fixtures.state(width: 120, height: 40)
    let query = ListQuery.search("x")
    Fixtures.run(&state, update(&state, .articlesFound(query, [ArticleID("a1"), ArticleID("a4")])))
    let effects = update(&state, .key(.character("A")))
    #expect(effects == [.setReadMany([ArticleID("a1"), ArticleID("a4")], true)])
    #expect(state.message?.text == "Marked 2 articles read.")
    #expect(state.unreadCount == 0)
    Fixtures.press(&state, .escape)
    #expect(state.articles.map(\.isRead) == [true, true, false, true], "a3 was not in the list")
  }

  @Test("A with nothing unread writes nothing")
  func markAllReadNothing() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .character("A"))
    #expect(update(&state, .key(.character("A"))).isEmpty)
    #expect(state.message?.text == "Every article in this list is already read.")
  }

  @Test("d asks in the status bar; n keeps the article")
  func deleteCancelled() {
    var state = Fixtures.state(width: 120, height: 40)
    #expect(update(&state, .key(.character("d"))).isEmpty)
    #expect(state.message?.text == "Delete “Commerce nominee keeps Huawei on the list”? y/n")
    let screen = Renderer.render(state, theme: Fixtures.theme)
    #expect(screen.row(39).contains("Delete “Commerce nominee"))
    #expect(update(&state, .key(.character("n"))).isEmpty)
    #expect(state.message?.text == "Not deleted.")
    #expect(state.articles.count == 4)
    #expect(state.pendingDeletion == nil)
  }

  @Test("d then y deletes: the list drops it at once and the next article is shown")
  func deleteConfirmed() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .character("j"), .character("d"))
    let effects = update(&state, .key(.character("y")))
    #expect(effects == [.deleteArticle(ArticleID("a2")), .loadArticle(ArticleID("a3"))])
    Fixtures.run(&state, effects)
    #expect(state.articles.map(\.id.rawValue) == ["a1", "a3", "a4"])
    #expect(state.allArticles.count == 3)
    #expect(state.selectedArticle?.id.rawValue == "a3")
    #expect(state.document?.id.rawValue == "a3")
    #expect(state.message?.text.contains("byline restore a2") == true)
  }

  @Test("deleting the last article of the list selects the one before it")
  func deleteLast() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .character("G"), .character("d"), .character("y"))
    #expect(state.articles.map(\.id.rawValue) == ["a1", "a2", "a3"])
    #expect(state.selectedArticle?.id.rawValue == "a3")
  }

  func state(url: String?) -> AppState {
    var articles = Fixtures.summaries
    articles[0].url = url
    return Fixtures.state(width: 120, height: 40, articles: articles)
  }

  @Test("o opens and y copies a safe link, percent-encoded, as one effect each")
  func safeLink() {
    var state = state(url: "https://example.com/a b?q=\"x\"")
    let checked = "https://example.com/a%20b?q=%22x%22"
    #expect(update(&state, .key(.character("o"))) == [.openLink(checked)])
    #expect(state.message?.text == "Opening \(checked)")
    #expect(update(&state, .key(.character("y"))) == [.copyLink(checked)])
    #expect(state.message?.text.hasSuffix(checked) == true, "the URL is shown")
  }

  @Test(
    "unsafe links or none give a message and no effect",
    arguments: [
      "javascript:alert(1)", "file:///etc/passwd", "-oProxyCommand=x", "https://user@evil/",
      "  ", "https://",
    ])
  func unsafeLink(url: String) {
    var state = state(url: url)
    #expect(update(&state, .key(.character("o"))).isEmpty)
    #expect(state.message?.kind == .error)
    #expect(update(&state, .key(.character("y"))).isEmpty)
    #expect(state.message?.kind == .error)
  }

  @Test("the reader's list has no links: o and y take the open article's link")
  func linkFromOpenArticle() {
    var state = state(url: nil)
    let selected = state.articles[0].id
    state.document = nil
    #expect(update(&state, .key(.character("o"))).isEmpty)
    #expect(state.message?.text.hasPrefix("The article is not loaded yet") == true)
    let document = ReaderDocument(
      id: selected, blocks: [], mentions: [], url: "https://example.com/story")
    _ = update(&state, .articleLoaded(document))
    #expect(update(&state, .key(.character("o"))) == [.openLink("https://example.com/story")])
    #expect(update(&state, .key(.character("y"))) == [.copyLink("https://example.com/story")])
  }

  @Test("an article without a link says so")
  func noLink() {
    var state = state(url: nil)
    _ = update(
      &state, .articleLoaded(ReaderDocument(id: state.articles[0].id, blocks: [], mentions: [])))
    #expect(update(&state, .key(.character("o"))).isEmpty)
    #expect(state.message?.text == "This article has no link.")
  }
}
