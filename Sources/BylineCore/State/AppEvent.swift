import BylineScreen
import BylineStore

/// Something the reader core reacts to: a key, a resize, or a result of an effect.
public enum AppEvent: Sendable {
  case key(Key)
  case resize(width: Int, height: Int)
  case articleLoaded(ReaderDocument)
  case articleFailed(ArticleID, String)
  case articlesChanged([ArticleSummary])
  case message(StatusMessage)
  /// The articles answering a `findArticles` query.
  case articlesFound(ListQuery, Set<ArticleID>)
  /// Every entity in the store (most articles first), when the catalog is (re)built.
  case entitiesLoaded([EntityCatalog.Entity], unanalyzed: Int)
}

/// Work the core asks the run loop to do; the core itself does no I/O.
public enum Effect: Hashable, Sendable {
  case loadArticle(ArticleID)
  case setRead(ArticleID, Bool)
  case setStarred(ArticleID, Bool)
  case reloadArticles
  /// Find the articles (in the whole store) answering a query; the answer is `articlesFound`.
  case findArticles(ListQuery)
  /// Record a correction to the recognizer (in the store) and apply it everywhere.
  case correctEntity(name: String, EntityCorrections.Decision)
  case redraw
  case suspend
  case quit
}
