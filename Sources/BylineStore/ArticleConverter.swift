import Foundation

/// An article taken out of a format the store does not parse itself (a feed
/// item, an HTML page), ready to be stored.
public struct ConvertedArticle: Hashable, Sendable {
  public var title: String
  /// The feed's title or the site's name.
  public var source: String
  public var author: String
  /// Only `http`/`https` links; anything else is dropped by the converter.
  public var url: String?
  public var date: Date?
  /// The feed's id for the item (RSS `guid`, Atom `id`, JSON Feed `id`).
  public var guid: String?
  public var tags: [String]
  /// Plain text: paragraphs separated by blank lines.
  public var body: String

  public init(
    title: String, source: String = "", author: String = "", url: String? = nil,
    date: Date? = nil, guid: String? = nil, tags: [String] = [], body: String
  ) {
    self.title = title
    self.source = source
    self.author = author
    self.url = url
    self.date = date
    self.guid = guid
    self.tags = tags
    self.body = body
  }
}

/// What a converter made of a file.
public enum Conversion: Sendable {
  /// The articles found (none for a valid, empty feed), with notes about
  /// items that could not be read (the others are still imported).
  case articles([ConvertedArticle], problems: [String])
  /// The file is of this converter's format but unusable; the reason says what to do.
  case failed(String)
}

/// Turns files of some format (feeds, web pages) into articles.
///
/// `importPaths` asks each converter in turn; the first that recognises the
/// bytes (by content, not only by name) handles the file. Files no converter
/// recognises are imported as text or Markdown.
public protocol ArticleConverter: Sendable {
  /// File name endings (lowercase, with the dot) this converter imports when
  /// they are found inside a directory, such as `.xml` or `.html`.
  var fileSuffixes: [String] { get }

  /// The articles in `bytes`, or nil when the bytes are not this format.
  func convert(_ bytes: [UInt8], name: String) -> Conversion?
}

extension ConvertedArticle {
  /// The article in the store's file format.
  var articleFileText: String {
    var header: [ArticleFile.HeaderLine] = [
      .field(key: "Title", value: ArticleFile.singleLine(title))
    ]
    if !source.isEmpty {
      header.append(.field(key: "Source", value: ArticleFile.singleLine(source)))
    }
    if let url, !url.isEmpty {
      header.append(.field(key: "URL", value: ArticleFile.singleLine(url)))
    }
    if !author.isEmpty {
      header.append(.field(key: "Author", value: ArticleFile.singleLine(author)))
    }
    if let date { header.append(.field(key: "Date", value: ArticleDate.format(date))) }
    if let guid, !guid.isEmpty {
      header.append(.field(key: "GUID", value: ArticleFile.singleLine(guid)))
    }
    if !tags.isEmpty {
      header.append(
        .field(key: "Tags", value: ArticleFile.singleLine(tags.joined(separator: ", "))))
    }
    return ArticleFile.render(header: header, body: body)
  }
}
