/// One terminal cell: the grapheme shown in it and its style.
///
/// A wide character (CJK, most emoji) occupies two cells: the first holds the
/// grapheme, the second is a *continuation* cell with empty `content`.
public struct Cell: Hashable, Sendable {
  public var content: String
  public var style: Style

  public init(_ content: String = " ", style: Style = .plain) {
    self.content = content
    self.style = style
  }

  /// A blank cell in the given style.
  public static func blank(_ style: Style = .plain) -> Cell { Cell(" ", style: style) }

  /// Whether this is the right half of a wide character.
  public var isContinuation: Bool { content.isEmpty }
}
