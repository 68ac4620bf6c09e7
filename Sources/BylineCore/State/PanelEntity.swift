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
    // The same grouping the store's entity cache records (`ReaderDocument.entities`).
    let entities = document.entities.map {
      PanelEntity(
        name: $0.name, kind: $0.kind == .person ? .person : .organization,
        mentionCount: $0.mentions)
    }
    return entities.sorted { a, b in
      if a.kind != b.kind { return a.kind == .person }
      if a.mentionCount != b.mentionCount { return a.mentionCount > b.mentionCount }
      return a.name < b.name
    }
  }
}
