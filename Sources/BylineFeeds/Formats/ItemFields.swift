import BylineStore
import Foundation

/// What a feed parser found in one item, before it becomes an article.
struct ItemFields {
  var title = ""
  var url: String?
  var guid: String?
  var authors: [String] = []
  var date: Date?
  var tags: [String] = []
  var body = ""

  /// The article, or nil when the item has neither a title nor text.
  ///
  /// Titles and authors become single lines, with twice-escaped character
  /// references in titles decoded; an untitled item (common in microblog
  /// feeds) is named after the start of its text.
  func article(source: String) -> ConvertedArticle? {
    var title = EntityText.decode(self.title).singleLine(limit: FeedLimits.maxLineCharacters)
    if title.isEmpty {
      let firstLine = body.split(separator: "\n").first.map(String.init) ?? ""
      let words = firstLine.singleLine(limit: 80)
      title = words.count >= 80 ? words + "…" : words
    }
    guard !title.isEmpty || !body.isEmpty else { return nil }
    var seenAuthors = Set<String>()
    let names = authors.map { $0.singleLine(limit: FeedLimits.maxLineCharacters) }
      .filter { !$0.isEmpty && seenAuthors.insert($0).inserted }
    var seenTags = Set<String>()
    let tags = self.tags.map { $0.singleLine(limit: FeedLimits.maxLineCharacters) }
      .filter { !$0.isEmpty && seenTags.insert($0.lowercased()).inserted }
      .prefix(FeedLimits.maxTags)
    let guid = self.guid?.singleLine(limit: FeedLimits.maxLineCharacters)
    return ConvertedArticle(
      title: title, source: source.singleLine(limit: FeedLimits.maxLineCharacters),
      author: names.joined(separator: ", ").singleLine(limit: FeedLimits.maxLineCharacters),
      url: url, date: date, guid: guid?.isEmpty == false ? guid : nil, tags: Array(tags),
      body: body)
  }
}
