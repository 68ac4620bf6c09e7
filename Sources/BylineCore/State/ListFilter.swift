import BylineStore

/// The article list narrowed to the articles that mention an entity or match a search.
///
/// Keeps the whole list it was made from, so clearing the filter restores it
/// with every read and star change made meanwhile.
public struct ListFilter: Hashable, Sendable {
  /// What the status bar shows: `Gina Raimondo` or `/chip tariffs`.
  public var label: String
  /// The articles that pass.
  public var matching: Set<ArticleID>
  /// The unfiltered list, kept up to date while filtered.
  public var unfiltered: [ArticleSummary]

  public init(label: String, matching: Set<ArticleID>, unfiltered: [ArticleSummary]) {
    self.label = label
    self.matching = matching
    self.unfiltered = unfiltered
  }

  /// The articles of `unfiltered` that pass, in list order.
  var filtered: [ArticleSummary] { unfiltered.filter { matching.contains($0.id) } }
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
