import Foundation

/// The article file format: a header of `Key: value` lines, a blank line, the body.
///
/// ```
/// Title: Hackers attack Church of Scientology website
/// Source: Wikinews
/// URL: https://en.wikinews.org/wiki/…
/// Date: 2008-01-20
/// License: CC BY 2.5
///
/// First paragraph.
///
/// Second paragraph.
/// ```
///
/// Parsing never fails: text without a header is all body. Header keys are
/// matched case-insensitively; unknown keys (such as `License`) and lines
/// that are not `Key: value` are kept in order and written back unchanged.
/// A UTF-8 byte order mark is dropped and CRLF line ends become LF.
public struct ArticleFile: Equatable, Sendable {
  /// One line of the header.
  public enum HeaderLine: Equatable, Sendable {
    /// A `Key: value` line (continuation lines are already joined into `value`).
    case field(key: String, value: String)
    /// A header line that is not `Key: value`; ignored, but kept.
    case unparsed(String)
  }

  /// The header lines, in file order.
  public var header: [HeaderLine]
  /// The body: paragraphs separated by blank lines, without surrounding blank lines.
  public var body: String

  /// Creates an article file from header lines and a body.
  public init(header: [HeaderLine] = [], body: String) {
    self.header = header
    self.body = body
  }

  /// Keys the format defines; a header must start with one of them (or hold only fields).
  static let knownKeys: Set<String> = [
    "title", "source", "url", "link", "author", "credit", "date", "date-source", "tags",
    "license", "language", "guid", "feed", "published", "updated", "summary",
  ]

  // MARK: Fields

  /// The value of the first field named `key` (case-insensitive), if any.
  public func value(_ key: String) -> String? {
    for case .field(let name, let value) in header where Self.sameKey(name, key) {
      return value
    }
    return nil
  }

  /// Whether two header keys are equal ignoring ASCII case (without allocating).
  static func sameKey(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    return zip(a.utf8, b.utf8).allSatisfy { x, y in
      x == y || (x | 0x20 == y | 0x20 && (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A)
    }
  }

  /// Sets the first field named `key`, appends it if missing, or removes all when `value` is nil.
  public mutating func setValue(_ value: String?, for key: String) {
    let wanted = key.lowercased()
    guard let value else {
      header.removeAll {
        if case .field(let name, _) = $0 { return name.lowercased() == wanted }
        return false
      }
      return
    }
    for index in header.indices {
      if case .field(let name, _) = header[index], name.lowercased() == wanted {
        header[index] = .field(key: name, value: value)
        return
      }
    }
    header.append(.field(key: key, value: value))
  }

  /// `Title`, trimmed; nil when missing or blank.
  public var title: String? { nonEmpty("Title") }
  /// `Source`, trimmed; nil when missing or blank.
  public var source: String? { nonEmpty("Source") }
  /// `URL` (or `Link`), trimmed; nil when missing or blank.
  public var url: String? { nonEmpty("URL") ?? nonEmpty("Link") }
  /// `Author`, else `Credit`; nil when both are missing or blank.
  public var author: String? { nonEmpty("Author") ?? nonEmpty("Credit") }
  /// The `Date` text as written (it may not parse).
  public var dateText: String? { nonEmpty("Date") }
  /// The parsed `Date`, or nil when it is missing or not ISO 8601.
  public var date: Date? { dateText.flatMap(ArticleDate.parse) }
  /// True when the header says the date is the import time (`Date-Source: import time`).
  public var dateIsImportTime: Bool {
    nonEmpty("Date-Source")?.lowercased() == Self.importTimeDateSource
  }
  /// The comma-separated `Tags`, trimmed, without empty ones.
  public var tags: [String] {
    (value("Tags") ?? "").split(separator: ",").map(\.trimmingSpacesAndTabs)
      .filter { !$0.isEmpty }
  }

  /// The `Date-Source` value that marks an imputed date.
  public static let importTimeDateSource = "import time"

  private func nonEmpty(_ key: String) -> String? {
    guard let raw = value(key) else { return nil }
    let trimmed = raw.trimmingSpacesAndTabs
    return trimmed.isEmpty ? nil : trimmed
  }
}
