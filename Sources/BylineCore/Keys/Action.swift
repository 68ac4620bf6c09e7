/// Everything a key can do.
///
/// Each case's `name` is its config name (`next-article`), used by the help screen and, later, key remapping.
public enum Action: String, CaseIterable, Hashable, Sendable {
  case nextArticle = "next-article"
  case previousArticle = "previous-article"
  case pageDown = "page-down"
  case pageUp = "page-up"
  case halfPageDown = "half-page-down"
  case halfPageUp = "half-page-up"
  case first = "first"
  case last = "last"
  case openArticle = "open-article"
  case scrollDown = "scroll-down"
  case scrollUp = "scroll-up"
  case nextArticleInReader = "next-article-in-reader"
  case previousArticleInReader = "previous-article-in-reader"
  case backToList = "back-to-list"
  case search = "search"
  case nextMatch = "next-match"
  case previousMatch = "previous-match"
  case switchFocus = "switch-focus"
  case switchFocusBack = "switch-focus-back"
  case toggleEntityPanel = "toggle-entity-panel"
  case closePanel = "close-panel"
  case nextEntity = "next-entity"
  case previousEntity = "previous-entity"
  case firstMention = "first-mention"
  case nextMention = "next-mention"
  case previousMention = "previous-mention"
  case cycleHighlight = "cycle-highlight"
  case toggleRead = "toggle-read"
  case toggleStar = "toggle-star"
  case help = "help"
  case quit = "quit"
  case quitNow = "quit-now"
  case redraw = "redraw"
  case reload = "reload"
  case suspend = "suspend"

  /// The action's config name, such as `next-article`.
  public var name: String { rawValue }
}
