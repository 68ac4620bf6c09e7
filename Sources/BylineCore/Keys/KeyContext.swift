/// Where a key binding applies.
public struct KeyContext: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// The article list has the focus.
  public static let list = KeyContext(rawValue: 1 << 0)
  /// The reader pane has the focus.
  public static let reader = KeyContext(rawValue: 1 << 1)
  /// Both panes.
  public static let everywhere: KeyContext = [.list, .reader]
}
