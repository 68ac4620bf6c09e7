/// The kinds of named entity the reader surfaces.
public enum EntityKind: String, Hashable, Sendable, Codable, CaseIterable {
  case person
  case organization
}

/// One mention of a person or organization in a text.
///
/// `start` and `end` are UTF-8 byte offsets into the text the recognizer was
/// given (end exclusive). `entity` is the canonical name of the entity the
/// mention belongs to: the fullest form of the name in the document
/// (`Gina Raimondo` for a later `Raimondo`).
public struct EntityMention: Hashable, Sendable, Codable {
  public var kind: EntityKind
  public var start: Int
  public var end: Int
  public var text: String
  public var entity: String

  public init(kind: EntityKind, start: Int, end: Int, text: String, entity: String) {
    self.kind = kind
    self.start = start
    self.end = end
    self.text = text
    self.entity = entity
  }
}

/// Finds the people and organizations named in a text.
///
/// Implementations are pure and thread-safe: the same text gives the same
/// mentions, sorted by `start`, never overlapping.
public protocol EntityRecognizer: Sendable {
  /// A stable identifier of the model behind the recognizer, for caches.
  var modelVersion: String { get }

  /// The mentions in `text`, sorted by start offset.
  func mentions(in text: String) -> [EntityMention]
}
