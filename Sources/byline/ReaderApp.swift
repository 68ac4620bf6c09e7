import BylineCore
import BylineEntities
import BylineScreen
import BylineStore

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

  init(
    terminal: any Terminal, store: ArticleStore, recognizer: (any EntityRecognizer)?,
    theme: Theme, state: AppState
  ) {
    self.terminal = terminal
    self.store = store
    self.recognizer = recognizer
    self.theme = theme
    self.state = state
  }

  /// Runs until the user quits; always restores the terminal.
  func run() {
    defer { terminal.shutdown() }
    perform(startEffects(state))
    draw()
    let sweep = BackgroundSweep()
    sweep.start(store)
    while !state.isQuitting {
      if sweep.takeResult() == true {
        perform([.reloadArticles])
        draw()
      }
      guard let event = terminal.nextEvent(timeoutMilliseconds: 500) else { continue }
      switch event {
      case .key(let key): dispatch(.key(key))
      case .resize(let width, let height): dispatch(.resize(width: width, height: height))
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
      case .reloadArticles:
        do {
          let before = state.articles.count
          let articles = try store.summaries()
          dispatch(.articlesChanged(articles))
          let added = articles.count - before
          let note =
            added > 0 ? "\(added) new article\(added == 1 ? "" : "s")." : "No new articles."
          dispatch(.message(StatusMessage(note)))
        } catch {
          dispatch(.message(StatusMessage("\(error)", kind: .error)))
        }
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
      let article = try store.article(id)
      let document = ReaderDocument(article: article, recognizer: recognizer)
      documents[id] = document
      return .articleLoaded(document)
    } catch {
      return .articleFailed(id, "\(error)")
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

/// Recently prepared articles, so moving back and forth is instant.
struct DocumentCache {
  let capacity: Int
  private var entries: [ArticleID: ReaderDocument] = [:]
  private var order: [ArticleID] = []

  init(capacity: Int) { self.capacity = capacity }

  subscript(id: ArticleID) -> ReaderDocument? {
    get { entries[id] }
    set {
      guard let newValue else { return }
      if entries[id] == nil { order.append(id) }
      entries[id] = newValue
      while order.count > capacity {
        entries[order.removeFirst()] = nil
      }
    }
  }
}
