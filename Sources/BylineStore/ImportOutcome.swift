/// What importing one article did.
public enum ImportOutcome: Equatable, Sendable {
  /// The article was new and is now stored under this id.
  case imported(ArticleID)
  /// An article with the same content (same id) was already in the store.
  case alreadyPresent(ArticleID)

  /// The article's id either way.
  public var id: ArticleID {
    switch self {
    case .imported(let id), .alreadyPresent(let id): return id
    }
  }
}
