/// How a cell looks: foreground, background and attributes.
public struct Style: Hashable, Sendable {
  public var foreground: Color
  public var background: Color
  public var attributes: Attributes

  public init(
    foreground: Color = .terminalDefault,
    background: Color = .terminalDefault,
    attributes: Attributes = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  /// The terminal's own colours, no attributes.
  public static let plain = Style()

  /// This style with `other`'s non-default parts laid on top.
  ///
  /// Used to put a highlight (say, a person) over a base style (the body text)
  /// and still keep the base background.
  public func overlaid(with other: Style) -> Style {
    Style(
      foreground: other.foreground == .terminalDefault ? foreground : other.foreground,
      background: other.background == .terminalDefault ? background : other.background,
      attributes: attributes.union(other.attributes)
    )
  }
}
