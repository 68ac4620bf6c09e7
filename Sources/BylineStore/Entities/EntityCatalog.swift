import Foundation

/// Every person and organization in the store, with the articles that mention them.
///
/// Built from the entity cache and the article list, then held by the reader
/// (and the `entities`/`list` commands) for instant store-wide views and
/// filters. Compact: one entry per distinct entity, and article positions as
/// 32-bit ordinals into the summaries it was built for (ascending, so a
/// filtered list keeps the list's order, newest first). A bare surname that is
/// a known alias of exactly one fuller name (`Raimondo` → `Gina Raimondo`) is
/// merged into it across articles.
public struct EntityCatalog: Sendable {
  /// One entity across the store.
  public struct Entity: Hashable, Sendable {
    public var name: String
    public var kind: ArticleEntity.Kind
    /// Articles that mention it.
    public var articles: Int
    /// Mentions across all those articles.
    public var mentions: Int
    /// Other names it goes by in the store, sorted.
    public var aliases: [String]

    public init(
      name: String, kind: ArticleEntity.Kind, articles: Int, mentions: Int, aliases: [String]
    ) {
      self.name = name
      self.kind = kind
      self.articles = articles
      self.mentions = mentions
      self.aliases = aliases
    }
  }

  /// Most articles first, then most mentions, then name.
  public private(set) var entities: [Entity]
  /// For each entity, the ordinals of the summaries mentioning it, ascending.
  private var postings: [[Int32]]
  /// Lowercased names and aliases → entity positions.
  private var lookup: [String: [Int]]
  /// Articles in the summaries with no cached analysis yet.
  public private(set) var unanalyzedArticles: Int
  /// How many summaries the catalog was built for.
  public let articleCount: Int

  /// An empty catalog (no analysis available).
  public init(articleCount: Int = 0) {
    entities = []
    postings = []
    lookup = [:]
    unanalyzedArticles = articleCount
    self.articleCount = articleCount
  }

  init(
    entities: [Entity], postings: [[Int32]], unanalyzedArticles: Int, articleCount: Int
  ) {
    let order = entities.indices.sorted { Self.ranks(entities[$0], before: entities[$1]) }
    self.entities = order.map { entities[$0] }
    self.postings = order.map { postings[$0] }
    self.unanalyzedArticles = unanalyzedArticles
    self.articleCount = articleCount
    var lookup: [String: [Int]] = [:]
    for (position, entity) in self.entities.enumerated() {
      for name in [entity.name] + entity.aliases {
        let key = name.lowercased()
        if lookup[key]?.last != position { lookup[key, default: []].append(position) }
      }
    }
    self.lookup = lookup
  }

  static func ranks(_ a: Entity, before b: Entity) -> Bool {
    if a.articles != b.articles { return a.articles > b.articles }
    if a.mentions != b.mentions { return a.mentions > b.mentions }
    if a.name != b.name { return a.name < b.name }
    return a.kind < b.kind
  }

  /// Positions in `entities` whose name or an alias is `name`, case-insensitively.
  public func entities(named name: String) -> [Int] {
    lookup[name.trimmingCharacters(in: .whitespaces).lowercased()] ?? []
  }

  /// The summary ordinals mentioning entity `position`, ascending.
  public func articles(of position: Int) -> [Int32] {
    postings.indices.contains(position) ? postings[position] : []
  }

  /// The summary ordinals mentioning any entity named `name` (name or alias), ascending.
  public func articles(mentioning name: String) -> [Int] {
    let matches = entities(named: name)
    if matches.count == 1 { return articles(of: matches[0]).map(Int.init) }
    var merged = Set<Int32>()
    for position in matches { merged.formUnion(articles(of: position)) }
    return merged.sorted().map(Int.init)
  }

  /// The entities appearing most often in the same articles as entity `position`,
  /// with how many articles they share, most first.
  public func companions(of position: Int, limit: Int = 10) -> [(entity: Int, shared: Int)] {
    guard entities.indices.contains(position) else { return [] }
    let mine = Set(postings[position])
    var shared: [Int: Int] = [:]
    for other in postings.indices where other != position {
      let count = postings[other].reduce(0) { $0 + (mine.contains($1) ? 1 : 0) }
      if count > 0 { shared[other] = count }
    }
    return shared.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      .prefix(limit).map { (entity: $0.key, shared: $0.value) }
  }
}
