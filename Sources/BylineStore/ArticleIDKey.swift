/// An article id's bytes packed into three integers: a cheap key for sets
/// and dictionaries over a whole store.
///
/// Hashing and comparing a 20-character `String` (or a `Substring` of a file
/// name) costs far more than three integers; the index refresh and the
/// import's listing look up 100,000 of them. Built straight from a file
/// name's bytes, without creating an id, with the same packing as
/// `ArticleID`'s (`ArticleID.packedWords`). Two keys are equal exactly when
/// the ids' bytes are.
struct ArticleIDKey: Hashable, Sendable {
  private let first: UInt64
  private let second: UInt64
  private let third: UInt32

  /// The key of `id`; nil unless it is `ArticleID.length` ASCII bytes long (every valid id is).
  init?(_ id: ArticleID) {
    guard let words = id.packedWords else { return nil }
    (first, second, third) = words
  }

  /// The key of the id a file name `<id>.txt` names; nil for other names.
  ///
  /// The id's characters are not checked beyond being ASCII: a key from a
  /// name is only looked up among keys of valid ids.
  init?(fileName: String) {
    var name = fileName
    guard
      let words = name.withUTF8({ bytes -> ArticleID.PackedWords? in
        guard bytes.count == ArticleID.length + 4,
          bytes[ArticleID.length] == UInt8(ascii: "."),
          bytes[ArticleID.length + 1] == UInt8(ascii: "t"),
          bytes[ArticleID.length + 2] == UInt8(ascii: "x"),
          bytes[ArticleID.length + 3] == UInt8(ascii: "t")
        else { return nil }
        return ArticleID.packedWords(
          UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[0..<ArticleID.length]))
      })
    else { return nil }
    (first, second, third) = words
  }
}
