import BylineStore

/// The article list's order: a sort key, possibly reversed (`S` and `r`).
///
/// Date order is the order the store gives (newest first); title and source
/// orders are stable sorts of it, so articles with the same source stay
/// newest first.
public struct ListOrder: Hashable, Sendable {
  /// What the list is sorted by.
  public var key: Config.SortKey
  /// Whether the order is reversed (oldest first, Z to A).
  public var isReversed: Bool

  /// Creates an order.
  public init(key: Config.SortKey = .date, isReversed: Bool = false) {
    self.key = key
    self.isReversed = isReversed
  }

  /// The default: newest first.
  public static let standard = ListOrder()

  /// `articles` (in the store's newest-first order) in this order.
  public func apply(_ articles: [ArticleSummary]) -> [ArticleSummary] {
    var sorted: [ArticleSummary]
    switch key {
    case .date:
      sorted = articles
    case .title:
      sorted = Self.stableSorted(articles) { $0.title.lowercased() }
    case .source:
      sorted = Self.stableSorted(articles) { ListSource.short($0.source).lowercased() }
    }
    if isReversed { sorted.reverse() }
    return sorted
  }

  /// The next sort key for `S`: date → title → source → date.
  public var nextKey: ListOrder {
    let all = Config.SortKey.allCases
    let index = all.firstIndex(of: key) ?? 0
    return ListOrder(key: all[(index + 1) % all.count], isReversed: isReversed)
  }

  /// How the status bar and messages name the order: `date, newest first`, `title, Z–A`.
  public var label: String {
    switch (key, isReversed) {
    case (.date, false): "date, newest first"
    case (.date, true): "date, oldest first"
    case (.title, false): "title, A–Z"
    case (.title, true): "title, Z–A"
    case (.source, false): "source, A–Z"
    case (.source, true): "source, Z–A"
    }
  }

  /// Sorts by a precomputed key (computed once per article), keeping ties in their order.
  private static func stableSorted(
    _ articles: [ArticleSummary], by key: (ArticleSummary) -> String
  ) -> [ArticleSummary] {
    let keys = articles.map(key)
    let order = articles.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
    return order.map { articles[$0] }
  }
}

/// Which articles the list shows (`v`): all, only unread, or only starred.
public enum ListView: Hashable, Sendable, CaseIterable {
  case all
  case unread
  case starred

  /// The view after this one for `v`.
  public var next: ListView {
    switch self {
    case .all: .unread
    case .unread: .starred
    case .starred: .all
    }
  }

  /// Whether `article` is shown in this view.
  public func shows(_ article: ArticleSummary) -> Bool {
    switch self {
    case .all: true
    case .unread: !article.isRead
    case .starred: article.isStarred
    }
  }

  /// How messages and the status bar name the view.
  public var label: String {
    switch self {
    case .all: "all articles"
    case .unread: "unread only"
    case .starred: "starred only"
    }
  }
}
