/// One block of an article in the reader pane.
///
/// A block is the title, the byline line, or a paragraph. Text is already
/// sanitised and split into graphemes.
public struct DocumentBlock: Hashable, Sendable {
  /// What the block is, which decides its style and spacing.
  public enum Role: Hashable, Sendable {
    case title
    case meta
    case paragraph
  }

  public var role: Role
  public var text: [Character]

  public init(role: Role, text: [Character]) {
    self.role = role
    self.text = text
  }
}

/// A mention of a person or organization, located in a block.
public struct DocumentMention: Hashable, Sendable {
  public var block: Int
  /// Grapheme indices into the block's `text`.
  public var range: Range<Int>
  public var kind: EntityKindTag
  /// The canonical name of the entity the mention belongs to.
  public var entity: String

  public init(block: Int, range: Range<Int>, kind: EntityKindTag, entity: String) {
    self.block = block
    self.range = range
    self.kind = kind
    self.entity = entity
  }
}
