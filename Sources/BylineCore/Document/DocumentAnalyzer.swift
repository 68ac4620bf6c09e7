import BylineEntities
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
    let (text, headerEnd, _) = ReaderText(article: article, withMeta: false).recognitionInput
    let mentions = recognizer.mentions(in: text).filter { $0.start >= headerEnd }
    return EntityGrouping.entities(
      mentions.map { (name: $0.entity, kind: $0.kind, text: $0.text) })
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
    var order: [EntityKey] = []
    var found: [EntityKey: (mentions: Int, aliases: Set<String>)] = [:]
    for mention in mentions {
      let key = EntityKey(name: mention.name, kind: mention.kind)
      if found[key] == nil { order.append(key) }
      found[key, default: (0, [])].mentions += 1
      if mention.text != mention.name { found[key]?.aliases.insert(mention.text) }
    }
    let entities = order.map { key in
      ArticleEntity(
        name: key.name, kind: key.kind == .person ? .person : .organization,
        mentions: found[key]?.mentions ?? 0, aliases: (found[key]?.aliases ?? []).sorted())
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
