import BylineScreen

/// One row of the key table: an action, the keys that trigger it, where, and
/// the help text shown for it.
public struct KeyBinding: Hashable, Sendable {
  public var action: Action
  public var keys: [Key]
  public var context: KeyContext
  public var help: String

  public init(_ action: Action, _ keys: [Key], _ context: KeyContext, _ help: String) {
    self.action = action
    self.keys = keys
    self.context = context
    self.help = help
  }
}
