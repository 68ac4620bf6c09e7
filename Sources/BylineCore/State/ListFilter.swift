import BylineStore

/// The article list narrowed to the articles that mention an entity or match a search.
///
/// The whole list stays in ``AppState/allArticles`` (kept up to date with
/// read and star changes), so clearing the filter restores it; the list's
/// order and view (`S`, `r`, `v`) apply on top of the filter.
public struct ListFilter: Hashable, Sendable {
  /// What the status bar shows: `Gina Raimondo` or `/chip tariffs`.
  public var label: String
  /// The articles that pass.
  public var matching: Set<ArticleID>

  public init(label: String, matching: Set<ArticleID>) {
    self.label = label
    self.matching = matching
  }
}

/// What the run loop is asked to find articles for.
public enum ListQuery: Hashable, Sendable {
  /// Articles mentioning the entity (by canonical name or alias).
  case entity(name: String, kind: ArticleEntity.Kind?)
  /// Articles matching a store-wide search (words, `source:`, `entity:`).
  case search(String)

  /// How the filter is labelled in the status bar.
  public var label: String {
    switch self {
    case .entity(let name, _): name
    case .search(let text): "/" + text
    }
  }
}
