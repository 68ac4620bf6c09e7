import Foundation

/// A stable article identifier, derived from the article's content.
///
/// It is also the article's file name (without extension) in the store, so a
/// valid id only ever holds `[0-9a-z]` (see `isValid`).
///
/// An id of `length` ASCII bytes (every id the store makes) is kept in three
/// integers instead of a `String`: a 20-byte string needs a heap block, and
/// the reader's start-up makes one id per article (100,000 of them).
/// Anything else is kept as its string. Two ids are equal exactly when their
/// strings are; ids order as their strings do.
public struct ArticleID: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
  private enum Storage: Hashable, Sendable {
    /// `length` ASCII bytes, big-endian, so the integers order as the text does.
    case packed(UInt64, UInt64, UInt32)
    case text(String)
  }

  private let storage: Storage

  public init(_ rawValue: String) {
    var raw = rawValue
    storage = raw.withUTF8 { Self.pack(UnsafeRawBufferPointer($0)) } ?? .text(rawValue)
  }

  /// The id whose text is the UTF-8 `bytes` (repaired if invalid), without an
  /// intermediate `String` when they pack.
  init(utf8 bytes: UnsafeRawBufferPointer) {
    storage = Self.pack(bytes) ?? .text(String(decoding: bytes, as: UTF8.self))
  }

  /// The id's text.
  public var rawValue: String {
    switch storage {
    case .text(let text): return text
    case .packed:
      return withUTF8 { String(decoding: $0, as: UTF8.self) }
    }
  }

  public var description: String { rawValue }

  /// Calls `body` with the id's UTF-8 bytes (no `String` made for a packed id).
  public func withUTF8<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows
    -> Result
  {
    switch storage {
    case .text(var text):
      return try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
    case .packed(let first, let second, let third):
      // A tuple of 8 + 8 + 4 bytes is laid out without padding: 20 bytes in order.
      let words = (first.bigEndian, second.bigEndian, third.bigEndian)
      return try withUnsafeBytes(of: words) { raw in
        try body(UnsafeRawBufferPointer(rebasing: raw[0..<20]))
      }
    }
  }

  public static func < (lhs: ArticleID, rhs: ArticleID) -> Bool {
    if case .packed(let a1, let a2, let a3) = lhs.storage,
      case .packed(let b1, let b2, let b3) = rhs.storage
    {
      return (a1, a2, a3) < (b1, b2, b3)
    }
    return lhs.rawValue < rhs.rawValue
  }

  public init(from decoder: any Decoder) throws {
    self.init(try decoder.singleValueContainer().decode(String.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  /// The three integers a packed id holds.
  typealias PackedWords = (UInt64, UInt64, UInt32)

  /// This id's integers; nil when it is kept as a string.
  var packedWords: PackedWords? {
    guard case .packed(let first, let second, let third) = storage else { return nil }
    return (first, second, third)
  }

  /// `bytes` as the integers of a packed id, when they are `length` ASCII bytes.
  static func packedWords(_ bytes: UnsafeRawBufferPointer) -> PackedWords? {
    guard bytes.count == 20, length == 20 else { return nil }
    let first = UInt64(bigEndian: bytes.loadUnaligned(as: UInt64.self))
    let second = UInt64(bigEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
    let third = UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
    let high: UInt64 = 0x8080_8080_8080_8080
    guard (first | second | UInt64(third)) & high == 0 else { return nil }
    return (first, second, third)
  }

  /// The packed form of `bytes`, when they are `length` ASCII bytes.
  private static func pack(_ bytes: UnsafeRawBufferPointer) -> Storage? {
    packedWords(bytes).map { .packed($0.0, $0.1, $0.2) }
  }
}

/// What the article list needs to know about an article, without its body.
public struct ArticleSummary: Hashable, Sendable {
  public var id: ArticleID
  public var title: String
  public var source: String
  public var author: String
  /// Publication date, or the import time when the article had none.
  public var date: Date?
  /// True when `date` is the import time, not a date the article gave.
  public var dateIsImportTime: Bool
  public var url: String?
  public var isRead: Bool
  public var isStarred: Bool

  public init(
    id: ArticleID, title: String, source: String = "", author: String = "",
    date: Date? = nil, dateIsImportTime: Bool = false, url: String? = nil,
    isRead: Bool = false, isStarred: Bool = false
  ) {
    self.id = id
    self.title = title
    self.source = source
    self.author = author
    self.date = date
    self.dateIsImportTime = dateIsImportTime
    self.url = url
    self.isRead = isRead
    self.isStarred = isStarred
  }
}

/// A whole article: its summary fields plus tags and body text.
///
/// `body` is the text as stored: paragraphs separated by blank lines. It is
/// untrusted and must be sanitised before display.
public struct Article: Hashable, Sendable {
  public var summary: ArticleSummary
  public var tags: [String]
  public var body: String

  public init(summary: ArticleSummary, tags: [String] = [], body: String) {
    self.summary = summary
    self.tags = tags
    self.body = body
  }
}
