import BylineEntities

/// One person or organization in the entity panel: its canonical name, its
/// kind and how often the open article mentions it.
///
/// Aliases are already merged: every mention carries its entity's canonical
/// name, so `Raimondo` counts towards `Gina Raimondo`.
public struct PanelEntity: Hashable, Sendable {
  public var name: String
  public var kind: EntityKind
  public var mentionCount: Int

  public init(name: String, kind: EntityKind, mentionCount: Int) {
    self.name = name
    self.kind = kind
    self.mentionCount = mentionCount
  }

  /// Whether `mention` is a mention of this entity.
  public func matches(_ mention: DocumentMention) -> Bool {
    mention.kind == kind && mention.entity == name
  }

  /// The entities mentioned in `document`, grouped: people first, then
  /// organizations, each group most-mentioned first, ties by name.
  public static func all(in document: ReaderDocument) -> [PanelEntity] {
    struct Key: Hashable {
      var name: String
      var kind: EntityKind
    }
    var counts: [Key: Int] = [:]
    for mention in document.mentions {
      counts[Key(name: mention.entity, kind: mention.kind), default: 0] += 1
    }
    let entities = counts.map {
      PanelEntity(name: $0.key.name, kind: $0.key.kind, mentionCount: $0.value)
    }
    return entities.sorted { a, b in
      if a.kind != b.kind { return a.kind == .person }
      if a.mentionCount != b.mentionCount { return a.mentionCount > b.mentionCount }
      return a.name < b.name
    }
  }
}
