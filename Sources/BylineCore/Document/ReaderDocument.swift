import BylineEntities
import BylineScreen
import BylineStore
import Foundation

/// An article prepared for the reader pane: sanitised blocks and the people
/// and organizations found in them.
///
/// Recognition runs on the *sanitised* text (title and paragraphs), so a
/// highlight can never be forged by escape sequences and always lines up with
/// what is shown.
public struct ReaderDocument: Hashable, Sendable {
  /// The most graphemes of body text the reader lays out; longer bodies are
  /// cut with a note, so a hostile 50 MB article cannot stall the reader.
  public static let maximumBodyCharacters = 400_000

  public var id: ArticleID
  public var blocks: [DocumentBlock]
  /// Mentions sorted by block, then by start.
  public var mentions: [DocumentMention]
  /// True when the body was longer than `maximumBodyCharacters`.
  public var isTruncated: Bool
  /// The article's link, as stored (checked by `LinkSafety` before use).
  ///
  /// The reader's list leaves links out of its summaries to save memory; `o`
  /// and `y` take them from here.
  public var url: String?

  public init(
    id: ArticleID, blocks: [DocumentBlock], mentions: [DocumentMention], isTruncated: Bool = false,
    url: String? = nil
  ) {
    self.id = id
    self.blocks = blocks
    self.mentions = mentions
    self.isTruncated = isTruncated
    self.url = url
  }

  /// Prepares `article` for reading, finding its entities with `recognizer`.
  ///
  /// - Parameter dateFormat: how the line under the title writes the date.
  public init(
    article: Article, recognizer: (any EntityRecognizer)?, dateFormat: DateFormat = .iso
  ) {
    let text = ReaderText(article: article, dateFormat: dateFormat)
    var blocks = [DocumentBlock(role: .title, text: Array(text.title))]
    if !text.meta.isEmpty { blocks.append(DocumentBlock(role: .meta, text: Array(text.meta))) }
    var parts = [(block: 0, text: text.title)]
    for paragraph in text.paragraphs {
      parts.append((block: blocks.count, text: paragraph))
      blocks.append(DocumentBlock(role: .paragraph, text: Array(paragraph)))
    }
    if text.isTruncated {
      let note =
        "[Byline shows only the first \(Self.maximumBodyCharacters) characters of this article.]"
      blocks.append(DocumentBlock(role: .meta, text: Array(note)))
    }
    let mentions =
      recognizer.map {
        MentionLocator.locate(in: blocks, parts: parts, header: text.header, using: $0)
      } ?? []
    self.init(
      id: article.summary.id, blocks: blocks, mentions: mentions, isTruncated: text.isTruncated,
      url: article.summary.url)
  }

  /// The mentions in block `index`, sorted by start.
  public func mentions(inBlock index: Int) -> ArraySlice<DocumentMention> {
    let lower = mentions.partitioningIndex { $0.block >= index }
    let upper = mentions[lower...].partitioningIndex { $0.block > index }
    return mentions[lower..<upper]
  }
}

extension Collection {
  /// The first index whose element satisfies `belongsInSecondPartition`,
  /// assuming the collection is partitioned by it (binary search).
  func partitioningIndex(where belongsInSecondPartition: (Element) -> Bool) -> Index {
    var low = startIndex
    var count = self.count
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if belongsInSecondPartition(self[middle]) {
        count = half
      } else {
        low = index(after: middle)
        count -= half + 1
      }
    }
    return low
  }
}
