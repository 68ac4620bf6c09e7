import BylineStore

/// Turns the item nodes of an XML feed into a `Conversion`, with problems
/// for skipped items and recovered parse errors.
enum FeedAssembly {
  static func conversion(
    source: String, itemCount: Int, outcome: LibXML.Outcome,
    fields: (Int) -> ItemFields
  ) -> Conversion {
    var articles: [ConvertedArticle] = []
    var problems: [String] = []
    let count = min(itemCount, FeedLimits.maxItems)
    for index in 0..<count {
      if let article = fields(index).article(source: source) {
        articles.append(article)
      } else {
        problems.append("item \(index + 1) has no title and no text; skipped it.")
      }
    }
    if itemCount > FeedLimits.maxItems {
      problems.append(
        "the feed has more than \(FeedLimits.maxItems) items; only the first "
          + "\(FeedLimits.maxItems) were imported; split the feed to import the rest.")
    }
    if !outcome.isWellFormed {
      let detail = outcome.lastError.map { " (\($0))" } ?? ""
      if articles.isEmpty && itemCount == 0 {
        return .failed(
          "the feed is broken and no items could be recovered\(detail); "
            + "check that the file is complete or download it again.")
      }
      problems.append(
        "the feed is not well-formed XML\(detail); \(articles.count) items were "
          + "recovered but some may be missing or incomplete; check the file or download it again.")
    }
    return .articles(articles, problems: problems)
  }
}
