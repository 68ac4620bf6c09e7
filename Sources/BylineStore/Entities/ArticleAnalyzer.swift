/// Finds the people and organizations in an article, for the store's entity cache.
///
/// The store does not know how recognition works: the reader core supplies an
/// analyzer (the same recognition the reader pane uses, so counts agree).
/// Results are cached per article file and `version`; a new version (a new
/// model, or a change in what text is analyzed) makes the cache recompute.
public protocol ArticleAnalyzer: Sendable {
  /// Identifies the model and the analysis; part of the cache key.
  var version: String { get }

  /// The entities `article` names, each once. Must be pure and thread-safe.
  func entities(of article: Article) -> [ArticleEntity]
}
