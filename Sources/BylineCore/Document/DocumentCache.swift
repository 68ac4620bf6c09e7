import BylineStore

/// Recently prepared articles, so moving back and forth is instant.
///
/// The run loop fills it as articles are opened and, while the user is idle,
/// with the articles next to the selection (`AppState.prefetchCandidates`).
/// A value type without I/O: loading is the caller's.
public struct DocumentCache: Sendable {
  public let capacity: Int
  private var entries: [ArticleID: ReaderDocument] = [:]
  private var order: [ArticleID] = []

  public init(capacity: Int) { self.capacity = capacity }

  public subscript(id: ArticleID) -> ReaderDocument? {
    get { entries[id] }
    set {
      guard let newValue else { return }
      if entries[id] == nil { order.append(id) }
      entries[id] = newValue
      while order.count > capacity {
        entries[order.removeFirst()] = nil
      }
    }
  }
}
