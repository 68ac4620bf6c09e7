import BylineEntities
import BylineScreen
import BylineStore

/// The store's `ArticleAnalyzer`: the reader pane's own recognition, summed per entity.
///
/// Analyzing exactly the text the reader shows (sanitised title and
/// paragraphs, with the source and author as context) keeps the store-wide
/// counts and the entity panel in agreement.
public struct DocumentAnalyzer: ArticleAnalyzer {
  /// Bump when what is analyzed changes, so cached analyses are recomputed.
  static let analysisRevision = "reader-1"

  public let recognizer: any EntityRecognizer

  public init(recognizer: any EntityRecognizer) { self.recognizer = recognizer }

  public var version: String { Self.analysisRevision + "/" + recognizer.modelVersion }

  public func entities(of article: Article) -> [ArticleEntity] {
    let (text, headerEnd) = Self.recognitionText(of: article)
    let mentions = recognizer.mentions(in: text).filter { $0.start >= headerEnd }
    return EntityGrouping.entities(
      mentions.map { (name: $0.entity, kind: $0.kind, text: $0.text) })
  }
}

extension DocumentAnalyzer {
  /// `ReaderText`'s recognition input (text and header end) for `article`.
  ///
  /// A body that is already display text and in canonical paragraphs (as
  /// imports store it) is used as it is: the same text, without splitting it
  /// into paragraph strings and joining them again.
  static func recognitionText(of article: Article) -> (text: String, headerEnd: Int) {
    let body = article.body
    guard body.utf8.count <= ReaderDocument.maximumBodyCharacters,
      Sanitizer.isAlreadyDisplayText(body), Paragraphs.isCanonical(body)
    else {
      let (text, headerEnd, _) = ReaderText(article: article, withMeta: false).recognitionInput
      return (text, headerEnd)
    }
    let title = ReaderText.title(of: article.summary)
    let (text, headerEnd, _) = MentionLocator.recognitionInput(
      parts: body.isEmpty ? [title] : [title, body], header: ReaderText.header(of: article.summary))
    return (text, headerEnd)
  }
}

extension ReaderDocument {
  /// Each entity the document mentions once (see `EntityGrouping`).
  public var entities: [ArticleEntity] {
    EntityGrouping.entities(
      mentions.map { mention in
        let characters = blocks.indices.contains(mention.block) ? blocks[mention.block].text : []
        let range = mention.range.clamped(to: characters.indices)
        return (name: mention.entity, kind: mention.kind, text: String(characters[range]))
      })
  }
}

/// Groups one article's mentions into entities.
enum EntityGrouping {
  /// Each entity once, under its canonical name, with its mention count and the
  /// other forms used for it; most mentioned first, then in order of appearance.
  static func entities(
    _ mentions: [(name: String, kind: EntityKindTag, text: String)]
  ) -> [ArticleEntity] {
    // Each entity's slot in order of appearance: one hash lookup per mention.
    var slots: [EntityKey: Int] = [:]
    slots.reserveCapacity(mentions.count)
    var order: [EntityKey] = []
    var counts: [Int] = []
    var aliases: [Set<String>] = []
    for mention in mentions {
      let key = EntityKey(name: mention.name, kind: mention.kind)
      let slot: Int
      if let existing = slots[key] {
        slot = existing
      } else {
        slot = order.count
        slots[key] = slot
        order.append(key)
        counts.append(0)
        aliases.append([])
      }
      counts[slot] += 1
      if mention.text != mention.name { aliases[slot].insert(mention.text) }
    }
    let entities = order.indices.map { slot in
      ArticleEntity(
        name: order[slot].name, kind: order[slot].kind == .person ? .person : .organization,
        mentions: counts[slot], aliases: aliases[slot].sorted())
    }
    return entities.enumerated().sorted {
      $0.element.mentions != $1.element.mentions
        ? $0.element.mentions > $1.element.mentions : $0.offset < $1.offset
    }.map(\.element)
  }
}

/// An entity's identity within one document: canonical name and kind.
struct EntityKey: Hashable, Sendable {
  var name: String
  var kind: EntityKindTag
}
