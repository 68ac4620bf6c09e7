/// A search inside the open article.
public struct SearchState: Hashable, Sendable {
  /// One place the query occurs.
  public struct Match: Hashable, Sendable {
    public var block: Int
    public var range: Range<Int>
  }

  public var query: String
  /// True for `/` in the list: the query searches every article in the store.
  public var isStoreWide = false
  /// True while the user is still typing the query in the status bar.
  public var isEditing: Bool
  public var matches: [Match]
  public var current: Int?

  public init(query: String = "", isEditing: Bool = true) {
    self.query = query
    self.isEditing = isEditing
    self.matches = []
    self.current = nil
  }

  /// Every case-insensitive occurrence of `query` in the document's blocks.
  public static func matches(of query: String, in document: ReaderDocument) -> [Match] {
    let needle = query.map { $0.lowercased() }
    guard !needle.isEmpty else { return [] }
    var found: [Match] = []
    for (index, block) in document.blocks.enumerated() {
      let hay = block.text.map { $0.lowercased() }
      guard hay.count >= needle.count else { continue }
      var start = 0
      while start + needle.count <= hay.count {
        if hay[start] == needle[0] && Array(hay[start..<(start + needle.count)]) == needle {
          found.append(Match(block: index, range: start..<(start + needle.count)))
          start += needle.count
        } else {
          start += 1
        }
      }
    }
    return found
  }
}
