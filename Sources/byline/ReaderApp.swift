import BylineCore
import BylineEntities
import BylineScreen
import BylineStore

#if canImport(Glibc)
  import Glibc
#endif

/// The run loop: terminal events → `update` → effects → render → draw.
///
/// The only place where the reader core meets the store, the recognizer and
/// the terminal.
final class ReaderApp {
  private let terminal: any Terminal
  private let store: ArticleStore
  private let recognizer: (any EntityRecognizer)?
  private let theme: Theme
  private var state: AppState
  private var documents = DocumentCache(capacity: 64)
  private var corrections: EntityCorrections
  private let catalogWorker: BackgroundCatalog
  /// The newest store-wide catalog, and the article list its ordinals refer to.
  private var catalog: BackgroundCatalog.Result?
  /// For `$BROWSER` and the display (``LinkOpener``).
  private let environment: [String: String]
  /// Quit once the first catalog is in (`--benchmark-settle`).
  private let quitWhenSettled: Bool

  init(
    terminal: any Terminal, store: ArticleStore, recognizer: (any EntityRecognizer)?,
    theme: Theme, state: AppState, environment: [String: String] = [:],
    quitWhenSettled: Bool = false
  ) {
    self.environment = environment
    self.quitWhenSettled = quitWhenSettled
    self.terminal = terminal
    self.store = store
    self.recognizer = recognizer
    self.theme = theme
    self.state = state
    self.corrections = (try? store.corrections()) ?? EntityCorrections()
    self.catalogWorker = BackgroundCatalog(
      store: store, analyzer: recognizer.map { DocumentAnalyzer(recognizer: $0) })
  }

  /// The whole article list, whatever filter is shown.
  private var allArticles: [ArticleSummary] { state.allArticles }

  /// Runs until the user quits; always restores the terminal.
  func run() {
    defer { terminal.shutdown() }
    perform(startEffects(state))
    draw()
    let sweep = BackgroundSweep()
    sweep.start(store)
    while !state.isQuitting {
      if let changed = sweep.takeResult() {
        if changed {
          perform([.reloadArticles])
          draw()
        }
        catalogWorker.request(for: allArticles)
      }
      if let remaining = catalogWorker.progress(), remaining != state.unanalyzedArticles {
        state.unanalyzedArticles = remaining
        if state.entityDirectory != nil { draw() }
      }
      if let result = catalogWorker.takeResult() {
        catalog = result
        Self.returnFreeMemory()
        dispatch(
          .entitiesLoaded(
            result.catalog.entities, unanalyzed: result.catalog.unanalyzedArticles))
        draw()
        if quitWhenSettled { break }
      }
      // Idle: prepare the articles the next key is likely to open, unless keys are waiting.
      var next = terminal.nextEvent(timeoutMilliseconds: 0)
      if next == nil {
        prefetch()
        next = terminal.nextEvent(timeoutMilliseconds: 500)
      }
      guard let event = next else { continue }
      switch event {
      case .key(let key): dispatch(.key(key))
      case .resize(let width, let height): dispatch(.resize(width: width, height: height))
      case .mouse(let mouse): dispatch(.mouse(mouse))
      }
      if !state.isQuitting { draw() }
    }
  }

  private func dispatch(_ event: AppEvent) {
    let effects = update(&state, event)
    perform(effects)
  }

  private func draw() {
    terminal.draw(Renderer.render(state, theme: theme))
  }

  private func perform(_ effects: [Effect]) {
    for effect in effects {
      switch effect {
      case .loadArticle(let id):
        dispatch(load(id))
      case .setRead(let id, let read):
        save { try store.setRead(id, read) }
      case .setStarred(let id, let starred):
        save { try store.setStarred(id, starred) }
      case .setReadMany(let ids, let read):
        save { try store.setRead(ids, read) }
      case .deleteArticle(let id):
        do {
          try store.moveToTrash(id)
        } catch {
          dispatch(.message(StatusMessage("\(error)", kind: .error)))
          perform([.reloadArticles])
        }
      case .openLink(let url):
        openLink(url)
      case .copyLink(let url):
        if let sequence = Clipboard.osc52(copying: url) { terminal.sendOSC(sequence) }
      case .reloadArticles:
        do {
          let before = state.allArticles.count
          let articles = try store.summaries(includeLinks: false)
          dispatch(.articlesChanged(articles))
          catalogWorker.request(for: articles)
          let added = articles.count - before
          let note =
            added > 0 ? "\(added) new article\(added == 1 ? "" : "s")." : "No new articles."
          dispatch(.message(StatusMessage(note)))
        } catch {
          dispatch(.message(StatusMessage("\(error)", kind: .error)))
        }
      case .findArticles(let query):
        find(query)
      case .correctEntity(let name, let decision):
        do {
          corrections = try store.correct(name, decision)
        } catch {
          dispatch(.message(StatusMessage("\(error)", kind: .error)))
          continue
        }
        documents = DocumentCache(capacity: 64)
        if let id = state.selectedArticle?.id, state.document != nil { dispatch(load(id)) }
        catalogWorker.request(for: allArticles)
      case .redraw:
        terminal.suspend()
        terminal.resume()
      case .suspend:
        terminal.suspendToShell()
        let size = terminal.size
        dispatch(.resize(width: size.width, height: size.height))
      case .quit:
        break
      }
    }
  }

  private func load(_ id: ArticleID) -> AppEvent {
    if let cached = documents[id] { return .articleLoaded(cached) }
    do {
      let document = try prepare(id)
      documents[id] = document
      return .articleLoaded(document)
    } catch {
      return .articleFailed(id, "\(error)")
    }
  }

  /// Reads and recognizes one article, with the user's corrections applied.
  private func prepare(_ id: ArticleID) throws -> ReaderDocument {
    let article = try store.articleWithoutState(id)
    return ReaderDocument(
      article: article, recognizer: recognizer, dateFormat: state.display.dateFormat
    )
    .applying(corrections)
  }

  /// Prepares the neighbours of the selection, so `j`/`k` find them ready.
  private func prefetch() {
    for id in state.prefetchCandidates where documents[id] == nil {
      documents[id] = try? prepare(id)
    }
  }

  /// Hands memory freed by background work (index sweep, entity analysis,
  /// catalog build) back to the system, so the reader's resident size falls
  /// back to what it holds.
  static func returnFreeMemory() {
    MallocTuning.trim()
  }

  /// Answers a `findArticles` effect from the catalog (entities) or the search index.
  private func find(_ query: ListQuery) {
    switch query {
    case .entity(let name, let kind):
      guard let catalog else {
        dispatch(
          .message(
            StatusMessage(
              "Still finding the people and organizations in the store; try again in a moment.")))
        return
      }
      let positions = EntityArticles.positions(
        named: name, kind: kind, catalog: catalog.catalog, articles: catalog.articles,
        store: store, corrections: corrections)
      dispatch(.articlesFound(query, Set(positions.map { catalog.articles[$0].id })))
    case .search(let text):
      let articles = allArticles
      let results = store.search(SearchQuery(parsing: text), in: articles) { name in
        guard let catalog else { return nil }
        let positions = EntityArticles.positions(
          named: name, kind: nil, catalog: catalog.catalog, articles: catalog.articles,
          store: store, corrections: corrections)
        return positions.isEmpty ? nil : Set(positions.map { catalog.articles[$0].id })
      }
      dispatch(.articlesFound(query, Set(results.positions.map { articles[$0].id })))
      if results.unsearchedCount > 0 {
        dispatch(
          .message(
            StatusMessage(
              "\(results.unsearchedCount) new articles are not searchable yet: run byline list --search once to index them.",
              kind: .error)))
      }
    }
  }

  /// Opens `url` in the browser: a graphical one in the background, a
  /// terminal one (no display) in the foreground with the terminal handed over.
  private func openLink(_ url: String) {
    let opener = LinkOpener(environment: environment)
    let graphical = opener.isGraphical
    if !graphical { terminal.suspend() }
    defer {
      if !graphical {
        terminal.resume()
        let size = terminal.size
        dispatch(.resize(width: size.width, height: size.height))
      }
    }
    do {
      try opener.open(url, mode: graphical ? .background : .foreground)
    } catch {
      dispatch(.message(StatusMessage("\(error)", kind: .error)))
    }
  }

  private func save(_ write: () throws -> Void) {
    do {
      try write()
    } catch {
      dispatch(.message(StatusMessage("\(error)", kind: .error)))
    }
  }
}
