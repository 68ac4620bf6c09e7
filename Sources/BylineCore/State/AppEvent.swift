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
  /// A wheel turn or click (only when the mouse is enabled in the configuration).
  case mouse(MouseEvent)
}

/// Work the core asks the run loop to do; the core itself does no I/O.
public enum Effect: Hashable, Sendable {
  case loadArticle(ArticleID)
  case setRead(ArticleID, Bool)
  case setStarred(ArticleID, Bool)
  /// Mark many articles read or unread at once (`A`): one journal write.
  case setReadMany([ArticleID], Bool)
  /// Move the article's file to the store's trash (`d`, confirmed).
  case deleteArticle(ArticleID)
  /// Open a link that passed `LinkSafety.check` in the browser.
  case openLink(String)
  /// Copy a link that passed `LinkSafety.check` to the clipboard (OSC 52).
  case copyLink(String)
  case reloadArticles
  /// Find the articles (in the whole store) answering a query; the answer is `articlesFound`.
  case findArticles(ListQuery)
  /// Record a correction to the recognizer (in the store) and apply it everywhere.
  case correctEntity(name: String, EntityCorrections.Decision)
  case redraw
  case suspend
  case quit
}
