/// An article id's bytes packed into three integers: a cheap key for sets
/// and dictionaries over a whole store.
///
/// Hashing and comparing a 20-character `String` (or a `Substring` of a file
/// name) costs far more than three integers; the index refresh and the
/// import's listing look up 100,000 of them. Built straight from a file
/// name's bytes, without creating an id. Two keys are equal exactly when the
/// ids' bytes are.
struct ArticleIDKey: Hashable, Sendable {
  private let first: UInt64
  private let second: UInt64
  private let third: UInt32

  /// The key of `id`; nil unless it is `ArticleID.length` bytes long (every valid id is).
  init?(_ id: ArticleID) {
    guard let key = id.withUTF8({ Self(bytes: $0.assumingMemoryBound(to: UInt8.self)) }) else {
      return nil
    }
    self = key
  }

  /// The key of the id a file name `<id>.txt` names; nil for other names.
  ///
  /// The id's characters are not checked: a key from a name is only looked
  /// up among keys of valid ids.
  init?(fileName: String) {
    var name = fileName
    guard
      let key = name.withUTF8({ bytes -> ArticleIDKey? in
        guard bytes.count == ArticleID.length + 4,
          bytes[ArticleID.length] == UInt8(ascii: "."),
          bytes[ArticleID.length + 1] == UInt8(ascii: "t"),
          bytes[ArticleID.length + 2] == UInt8(ascii: "x"),
          bytes[ArticleID.length + 3] == UInt8(ascii: "t")
        else { return nil }
        return Self(bytes: UnsafeBufferPointer(rebasing: bytes[0..<ArticleID.length]))
      })
    else { return nil }
    self = key
  }

  /// Exactly 20 bytes (the id length), as 8 + 8 + 4.
  private init?(bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count == 20, ArticleID.length == 20, let base = bytes.baseAddress else {
      return nil
    }
    let raw = UnsafeRawPointer(base)
    first = raw.loadUnaligned(as: UInt64.self)
    second = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
    third = raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
  }
}
