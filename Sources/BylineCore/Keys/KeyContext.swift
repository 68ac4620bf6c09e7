/// Where a key binding applies.
public struct KeyContext: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// The article list has the focus.
  public static let list = KeyContext(rawValue: 1 << 0)
  /// The reader pane has the focus.
  public static let reader = KeyContext(rawValue: 1 << 1)
  /// The entity panel has the focus.
  public static let panel = KeyContext(rawValue: 1 << 2)
  /// The store's people & organizations view (`E`), while it is open.
  public static let directory = KeyContext(rawValue: 1 << 3)
  /// Every pane.
  public static let everywhere: KeyContext = [.list, .reader, .panel]

  /// The context of keys pressed while `focus` has the focus.
  public init(focus: Focus) {
    switch focus {
    case .list: self = .list
    case .reader: self = .reader
    case .panel: self = .panel
    }
  }
}
