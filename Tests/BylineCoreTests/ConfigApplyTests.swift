import BylineCore
import BylineScreen
import BylineStore
import Testing

/// Issue #6: what `config.toml` sets reaches the reader (`AppState.apply`).
@Suite struct ConfigApplyTests {
  func configured(_ config: Config, width: Int = 120, height: Int = 40) -> AppState {
    var state = AppState(
      articles: Fixtures.summaries, width: width, height: height, storeDescription: "/tmp/store")
    state.apply(config)
    Fixtures.run(&state, startEffects(state))
    return state
  }

  @Test("sort and sort-reversed order the list at start; the status bar says so")
  func sortAtStart() {
    let state = configured(Config(sort: .title, sortReversed: true))
    #expect(state.articles.map(\.id.rawValue) == ["a3", "a1", "a2", "a4"])
    #expect(state.document?.id.rawValue == "a3")
    let screen = Renderer.render(state, theme: Fixtures.theme)
    #expect(screen.row(39).contains("sort: title, Z–A"))
  }

  @Test("list-width sets the list's columns beside the reader, leaving the reader room")
  func listWidth() throws {
    #expect(configured(Config(listWidth: .columns(50))).layout.list?.width == 50)
    #expect(configured(Config(listWidth: .percent(25))).layout.list?.width == 30)
    #expect(configured(Config(listWidth: .columns(200))).layout.list?.width == 89)
    #expect(configured(Config()).layout.list?.width == 40, "automatic: a third")
  }

  @Test("reading-width caps the wrapped text")
  func readingWidth() {
    var state = configured(Config(readingWidth: 30))
    Fixtures.press(&state, .enter)
    #expect(state.readerLayout?.width == 30)
  }

  @Test("date-format changes the list's dates and the line under the title")
  func dateFormat() {
    let state = configured(Config(dateFormat: .long))
    let screen = Renderer.render(state, theme: Fixtures.theme)
    #expect(screen.row(0).contains("28 Jan 2021"))
    #expect(!screen.row(0).contains("2021-01-28"))
    let article = Fixtures.article(ArticleID("a1"))
    let document = article.map {
      ReaderDocument(article: $0, recognizer: nil, dateFormat: .european)
    }
    let meta = document?.blocks.first { $0.role == .meta }.map { String($0.text) }
    #expect(meta?.contains("28.01.2021") == true)
  }

  @Test("with mark-read-on-open off, Enter and J do not mark articles read")
  func markReadOnOpenOff() {
    var state = configured(Config(markReadOnOpen: false))
    let effects = update(&state, .key(.enter))
    #expect(!effects.contains { if case .setRead = $0 { true } else { false } })
    #expect(state.unreadCount == 3)
    Fixtures.press(&state, .character("J"), .character("J"))
    #expect(state.unreadCount == 3)
  }

  @Test("highlight sets the starting highlight mode")
  func highlight() {
    #expect(configured(Config(highlight: .peopleOnly)).highlightMode == .peopleOnly)
  }

  @Test("a remapped key map drives the reader and its help")
  func remappedKeys() {
    let remap = KeyRemap(action: .nextArticle, keys: [.character("w")], line: 3)
    let (keyMap, problems) = KeyMap.standard.remapped([remap], file: "config.toml")
    #expect(problems.isEmpty)
    var state = AppState(
      articles: Fixtures.summaries, width: 120, height: 40, keyMap: keyMap,
      storeDescription: "/tmp/store")
    Fixtures.run(&state, startEffects(state))
    Fixtures.press(&state, .character("j"))
    #expect(state.selection == 0, "j no longer moves")
    Fixtures.press(&state, .character("w"))
    #expect(state.selection == 1)
    #expect(keyMap.markdownTable.contains("| list | `w` | next article | `next-article` |"))
  }
}
