import BylineCore
import BylineStore
import Dispatch
import Synchronization

/// Keeps the store's entity catalog up to date on a background thread.
///
/// Each request first finds the people and organizations of articles the
/// entity cache lacks (after an import by another program, a model upgrade
/// or a lost cache: on both cores), then aggregates the catalog for the list
/// the reader shows. The run loop polls ``takeResult()`` and ``progress()``.
final class BackgroundCatalog: Sendable {
  /// A finished catalog and the article list its ordinals refer to.
  struct Result: Sendable {
    var catalog: EntityCatalog
    var articles: [ArticleSummary]
  }

  private let queue = DispatchQueue(label: "byline.catalog", qos: .utility)
  private let result = Mutex<Result?>(nil)
  private let remaining = Mutex<Int?>(nil)
  private let store: ArticleStore
  private let analyzer: DocumentAnalyzer?

  init(store: ArticleStore, analyzer: DocumentAnalyzer?) {
    self.store = store
    self.analyzer = analyzer
  }

  /// Builds the catalog for `articles` (after analyzing what is missing).
  /// - Parameter before: work to run first on the same thread (the index sweep).
  func request(for articles: [ArticleSummary], before: (@Sendable () -> Void)? = nil) {
    queue.async { [self] in
      before?()
      guard let analyzer else { return }
      // What the sweep freed goes back before the catalog's own peak.
      MallocTuning.trim()
      if !store.isReadOnly {
        _ = try? store.updateEntityCache(using: analyzer) { done, total in
          self.remaining.withLock { $0 = total - done }
        }
      }
      let catalog = store.entityCatalog(for: articles, analyzerVersion: analyzer.version)
      result.withLock { $0 = Result(catalog: catalog, articles: articles) }
      remaining.withLock { $0 = catalog.unanalyzedArticles }
    }
  }

  /// The newest finished catalog, once; nil while none is new.
  func takeResult() -> Result? {
    result.withLock { value in
      defer { value = nil }
      return value
    }
  }

  /// Articles still to analyze, once after it changes.
  func progress() -> Int? {
    remaining.withLock { value in
      defer { value = nil }
      return value
    }
  }
}
