/// One article to index: its id, the key of the file version indexed, and its text.
struct SearchDocument: Sendable {
  var id: ArticleID
  /// `SearchDocument.key(id:size:modificationTime:)` of the article file indexed.
  var key: UInt64
  /// The title and body, as searched.
  var text: String

  init(id: ArticleID, key: UInt64, text: String) {
    self.id = id
    self.key = key
    self.text = text
  }

  /// A document for an article file with `stamp`, searching `title` and `body`.
  init(id: ArticleID, stamp: EntityCacheFile.Stamp, title: String, body: String) {
    self.init(
      id: id, key: Self.key(id: id, stamp: stamp), text: title + "\n" + body)
  }

  /// What identifies one version of an article file: a hash of its id, size and
  /// modification time (as the list index records them).
  static func key(id: ArticleID, stamp: EntityCacheFile.Stamp) -> UInt64 {
    var hash = idHash(id)
    for word in [UInt64(bitPattern: stamp.size), stamp.modificationTime.bitPattern] {
      hash = (hash ^ (word &* 0xFF51_AFD7_ED55_8CCD)) &* 0xC4CE_B9FE_1A85_EC53
      hash ^= hash >> 31
    }
    return hash
  }

  /// A hash of an article id's bytes (`SearchTermTable.hash`).
  static func idHash(_ id: ArticleID) -> UInt64 {
    id.withUTF8 { SearchTermTable.hash($0.assumingMemoryBound(to: UInt8.self)) }
  }

  /// The key of the file an index entry describes.
  static func key(_ entry: StoreIndex.Entry) -> UInt64 {
    key(
      id: entry.summary.id,
      stamp: EntityCacheFile.Stamp(size: entry.size, modificationTime: entry.modificationTime))
  }
}
