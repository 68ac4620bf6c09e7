import BylineStore
import Foundation

/// Reads JSON Feed 1.0 and 1.1 (`"version": "https://jsonfeed.org/version/1"`).
struct JSONFeed {
  private let renderer = HTMLRenderer(limit: FeedLimits.maxBodyCharacters)

  /// The feed's articles; nil when the JSON is not a JSON Feed.
  ///
  /// Broken JSON that mentions jsonfeed.org fails with a reason; other
  /// broken JSON is left to the text importer.
  func conversion(_ bytes: [UInt8], name: String) -> Conversion? {
    guard let utf8 = JSONEncoding.utf8(bytes) else { return nil }
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(utf8))
    } catch {
      guard Self.mentionsJSONFeed(utf8) else { return nil }
      return .failed(
        "the JSON Feed is not valid JSON; check that the file is complete "
          + "or download it again.")
    }
    guard let feed = object as? [String: Any], let version = feed["version"] as? String,
      Self.isJSONFeedVersion(version)
    else { return nil }
    let title = (feed["title"] as? String)?.singleLine() ?? ""
    let home = feed["home_page_url"] as? String ?? feed["feed_url"] as? String
    let feedAuthors = Self.authors(in: feed)
    let items = feed["items"] as? [Any] ?? []
    var articles: [ConvertedArticle] = []
    var problems: [String] = []
    for (index, element) in items.prefix(FeedLimits.maxItems).enumerated() {
      guard let item = element as? [String: Any] else {
        problems.append("item \(index + 1) is not a JSON object; skipped it.")
        continue
      }
      let fields = fields(of: item, home: home, feedAuthors: feedAuthors)
      if let article = fields.article(source: title.isEmpty ? name : title) {
        articles.append(article)
      } else {
        problems.append("item \(index + 1) has no title and no text; skipped it.")
      }
    }
    if items.count > FeedLimits.maxItems {
      problems.append(
        "the feed has \(items.count) items; only the first \(FeedLimits.maxItems) were imported; "
          + "split the feed to import the rest.")
    }
    return .articles(articles, problems: problems)
  }

  private func fields(of item: [String: Any], home: String?, feedAuthors: [String]) -> ItemFields {
    var fields = ItemFields()
    fields.title = item["title"] as? String ?? ""
    if let id = item["id"] as? String {
      fields.guid = id
    } else if let id = item["id"] as? NSNumber {
      fields.guid = id.stringValue
    }
    let bases = home.map { [$0] } ?? []
    fields.url =
      [item["url"], item["external_url"]].compactMap { $0 as? String }.lazy
      .compactMap { LinkResolver.httpURL($0, bases: bases) }.first
    let itemAuthors = Self.authors(in: item)
    fields.authors = itemAuthors.isEmpty ? feedAuthors : itemAuthors
    fields.date =
      [item["date_published"], item["date_modified"]]
      .compactMap { ($0 as? String).flatMap(FeedDate.parse) }.first
    fields.tags = (item["tags"] as? [Any] ?? []).compactMap { $0 as? String }
    if let html = item["content_html"] as? String, !html.trimmingWhitespace().isEmpty {
      fields.body = renderer.render(html: html)
    } else if let text = item["content_text"] as? String, !text.trimmingWhitespace().isEmpty {
      fields.body = PlainText.paragraphs(text, limit: FeedLimits.maxBodyCharacters)
    } else if let summary = item["summary"] as? String {
      fields.body = PlainText.paragraphs(summary, limit: FeedLimits.maxBodyCharacters)
    }
    return fields
  }

  /// Names from `authors` (1.1) or `author` (1.0).
  private static func authors(in object: [String: Any]) -> [String] {
    let list = object["authors"] as? [Any] ?? (object["author"].map { [$0] } ?? [])
    return list.compactMap { ($0 as? [String: Any])?["name"] as? String }
  }

  static func isJSONFeedVersion(_ version: String) -> Bool {
    let lowered = version.lowercased()
    return lowered.hasPrefix("https://jsonfeed.org/version/1")
      || lowered.hasPrefix("http://jsonfeed.org/version/1")
  }

  private static func mentionsJSONFeed(_ utf8: [UInt8]) -> Bool {
    let needle = Array("jsonfeed.org".utf8)
    let prefix = utf8.prefix(65_536).filter { $0 != UInt8(ascii: "\\") }
    guard prefix.count >= needle.count else { return false }
    return (0...(prefix.count - needle.count)).contains { start in
      prefix[start..<start + needle.count].elementsEqual(needle)
    }
  }
}
