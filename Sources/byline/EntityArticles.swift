import BylineStore

/// The articles that mention an entity: from the catalog (name or alias), and for a
/// name the user added as an entity that the recognizer never found, by searching
/// for its words (the reader highlights it wherever it occurs, so the list agrees).
enum EntityArticles {
  /// Positions in `articles` (the list `catalog` was built for), ascending.
  static func positions(
    named name: String, kind: ArticleEntity.Kind?, catalog: EntityCatalog,
    articles: [ArticleSummary], store: ArticleStore, corrections: EntityCorrections
  ) -> [Int] {
    var matches = catalog.entities(named: name)
    if let kind {
      let sameKind = matches.filter { catalog.entities[$0].kind == kind }
      if !sameKind.isEmpty { matches = sameKind }
    }
    var found = Set<Int>()
    for position in matches {
      for ordinal in catalog.articles(of: position) where articles.indices.contains(Int(ordinal)) {
        found.insert(Int(ordinal))
      }
    }
    if case .kind = corrections.decision(for: name) {
      let words = SearchTokenizer.tokens(name).map { SearchQuery.Word($0) }
      if !words.isEmpty {
        found.formUnion(store.search(SearchQuery(words: words), in: articles).positions)
      }
    }
    return found.sorted()
  }
}
