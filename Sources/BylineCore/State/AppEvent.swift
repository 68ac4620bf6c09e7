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
}

/// Work the core asks the run loop to do; the core itself does no I/O.
public enum Effect: Hashable, Sendable {
  case loadArticle(ArticleID)
  case setRead(ArticleID, Bool)
  case setStarred(ArticleID, Bool)
  case reloadArticles
  case redraw
  case suspend
  case quit
}
