import Foundation

/// A stable article identifier, derived from the article's content.
///
/// It is also the article's file name (without extension) in the store, so it
/// only ever holds `[a-z0-9-]`.
public struct ArticleID: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
  public let rawValue: String
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public var description: String { rawValue }
  public static func < (lhs: ArticleID, rhs: ArticleID) -> Bool { lhs.rawValue < rhs.rawValue }
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
