import BylineCore
import BylineEntities
import BylineScreen
import BylineStore
import BylineTestSupport
import Testing

/// Issue #5 across the store: `f` and `E` filter the list, Esc clears it,
/// corrections are asked of the run loop, and corrections change a document.
@Suite struct StoreWideEntityTests {
  func panelState() -> AppState {
    Fixtures.state(width: 120, height: 40, articles: Fixtures.panelSummaries)
  }

  /// Answers `findArticles` effects as the run loop does, with a fixed answer.
  func answer(_ state: inout AppState, _ effects: [Effect], with ids: Set<ArticleID>) {
    for case .findArticles(let query) in effects {
      Fixtures.run(&state, update(&state, .articlesFound(query, ids)))
    }
  }

  @Test("f on a panel entity asks for its articles; the answer filters the list, Esc restores it")
  func filterByPanelEntity() throws {
    var state = panelState()
    Fixtures.press(&state, .character("e"))
    let selected = try #require(state.selectedPanelEntity)
    let effects = update(&state, .key(.character("f")))
    #expect(effects == [.findArticles(.entity(name: selected.name, kind: .person))])
    answer(&state, effects, with: [ArticleID("a5"), ArticleID("a2")])
    #expect(state.articles.map(\.id.rawValue) == ["a5", "a2"])
    #expect(state.focus == .list)
    #expect(state.listFilter?.label == selected.name)
    #expect(state.message?.text == "2 articles: \(selected.name). Esc shows all.")
    Fixtures.press(&state, .character("j"), .character("k"))
    let bar = statusLine(state)
    #expect(bar.contains("1/2"))
    #expect(bar.contains("\(selected.name): 2 of 5"))
    Fixtures.press(&state, .escape)
    #expect(state.listFilter == nil)
    #expect(state.articles.count == 5)
    #expect(state.selectedArticle?.id.rawValue == "a5")
  }

  @Test("read and star changes made while filtered survive clearing the filter")
  func marksSurviveFilter() {
    var state = panelState()
    answer(
      &state, [.findArticles(.search("lopez"))], with: [ArticleID("a1"), ArticleID("a4")])
    #expect(state.articles.map(\.id.rawValue) == ["a1", "a4"])
    #expect(state.document?.id.rawValue == "a1", "the first match is opened in the reader")
    Fixtures.press(&state, .character("j"), .character("s"), .character("u"))
    Fixtures.press(&state, .escape)
    let a4 = state.articles.first { $0.id.rawValue == "a4" }
    #expect(a4?.isStarred == true)
    #expect(a4?.isRead == true)
    #expect(state.selectedArticle?.id.rawValue == "a4")
  }

  @Test("an empty answer leaves the list alone and says so")
  func emptyAnswer() {
    var state = panelState()
    answer(&state, [.findArticles(.search("zzz"))], with: [])
    #expect(state.listFilter == nil)
    #expect(state.articles.count == 5)
    #expect(state.message?.text.contains("No articles") == true)
  }

  @Test("a reload while filtered keeps the filter over the new list")
  func reloadWhileFiltered() {
    var state = panelState()
    answer(&state, [.findArticles(.search("x"))], with: [ArticleID("a2"), ArticleID("new")])
    var all = Fixtures.panelSummaries
    all.append(ArticleSummary(id: ArticleID("new"), title: "New one"))
    Fixtures.run(&state, update(&state, .articlesChanged(all)))
    #expect(state.articles.map(\.id.rawValue) == ["a2", "new"])
    Fixtures.press(&state, .escape)
    #expect(state.articles.count == 6)
  }

  @Test("/ in the list asks for a store-wide search")
  func storeSearch() {
    var state = panelState()
    var effects: [Effect] = []
    for key in [Key.character("/"), .character("c"), .character("h"), .enter] {
      effects = update(&state, .key(key))
    }
    #expect(effects == [.findArticles(.search("ch"))])
    #expect(state.search == nil)
  }

  @Test("E lists the store's entities; s sorts by name, / finds, Enter asks for the articles")
  func directory() {
    var state = panelState()
    let entities = [
      EntityCatalog.Entity(
        name: "Zed Corp", kind: .organization, articles: 9, mentions: 20, aliases: []),
      EntityCatalog.Entity(
        name: "Amy Lee", kind: .person, articles: 3, mentions: 4, aliases: ["Lee"]),
      EntityCatalog.Entity(
        name: "Bob Ray", kind: .person, articles: 1, mentions: 1, aliases: []),
    ]
    _ = update(&state, .entitiesLoaded(entities, unanalyzed: 0))
    Fixtures.press(&state, .character("E"))
    #expect(state.entityDirectory?.rows == [0, 1, 2])
    Fixtures.press(&state, .character("s"))
    #expect(state.entityDirectory?.rows == [1, 2, 0])
    Fixtures.press(&state, .character("/"), .character("l"), .character("e"), .enter)
    #expect(state.entityDirectory?.rows == [1], "aliases count: Lee")
    let effects = update(&state, .key(.enter))
    #expect(effects == [.findArticles(.entity(name: "Amy Lee", kind: .person))])
    #expect(state.entityDirectory == nil)
  }

  @Test("E at 120x40 draws names, kinds and counts")
  func directorySnapshot() {
    var state = panelState()
    let entities = (0..<30).map {
      EntityCatalog.Entity(
        name: "Entity \($0)", kind: $0 % 3 == 0 ? .person : .organization, articles: 60 - $0,
        mentions: 100 - $0, aliases: [])
    }
    _ = update(&state, .entitiesLoaded(entities, unanalyzed: 12))
    Fixtures.press(&state, .character("E"), .character("j"), .character("j"))
    assertSnapshot(Fixtures.snapshot(state), named: "directory_120x40")
  }

  @Test("x, t and a in the panel ask the run loop to record corrections")
  func correctionKeys() throws {
    var state = panelState()
    Fixtures.press(&state, .character("e"))
    let name = try #require(state.selectedPanelEntity?.name)
    #expect(update(&state, .key(.character("x"))) == [.correctEntity(name: name, .reject)])
    #expect(
      update(&state, .key(.character("t"))) == [.correctEntity(name: name, .kind(.organization))])
    _ = update(&state, .key(.character("a")))
    for c in "Harbor" { _ = update(&state, .key(.character(c))) }
    _ = update(&state, .key(.enter))
    #expect(state.entityPrompt?.isChoosingKind == true)
    #expect(
      update(&state, .key(.character("o"))) == [
        .correctEntity(name: "Harbor", .kind(.organization))
      ])
    #expect(state.entityPrompt == nil)
  }

  @Test(
    "corrections applied to a document: rejected names vanish, kinds change, added names appear")
  func documentCorrections() throws {
    let article = try #require(Fixtures.article(Fixtures.panelSummary.id))
    let document = ReaderDocument(article: article, recognizer: Fixtures.recognizer)
    var corrections = EntityCorrections()
    corrections.set(.reject, for: "maria lopez")
    corrections.set(.kind(.organization), for: "Daniel Okafor")
    corrections.set(.kind(.person), for: "Analysts")
    let corrected = document.applying(corrections)
    #expect(!corrected.mentions.contains { $0.entity == "Maria Lopez" })
    #expect(
      corrected.mentions.filter { $0.entity == "Daniel Okafor" }.allSatisfy {
        $0.kind == .organization
      })
    let added = corrected.mentions.filter { $0.entity == "Analysts" }
    #expect(added.count == 1)
    #expect(added.first?.kind == .person)
    #expect(document.applying(EntityCorrections()) == document)
  }

  /// The status bar's text (the bottom row of the screen).
  func statusLine(_ state: AppState) -> String {
    let screen = Renderer.render(state, theme: Fixtures.theme)
    return screen.row(screen.height - 1)
  }
}
