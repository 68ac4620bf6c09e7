import BylineScreen

/// The table that maps keys to actions, per context.
///
/// The run loop, the help overlay and the README's key table all read this one
/// table, so what the help says is what the keys do.
public struct KeyMap: Hashable, Sendable {
  public var bindings: [KeyBinding]

  public init(bindings: [KeyBinding]) {
    self.bindings = bindings
  }

  /// The action bound to `key` where `context` applies, if any.
  public func action(for key: Key, in context: KeyContext) -> Action? {
    for binding in bindings where binding.context.contains(context) {
      if binding.keys.contains(key) { return binding.action }
    }
    return nil
  }

  /// Pairs of bindings that give one key two actions in the same context.
  public var conflicts: [(Key, Action, Action)] {
    var found: [(Key, Action, Action)] = []
    for (i, a) in bindings.enumerated() {
      for b in bindings[(i + 1)...] where !a.context.intersection(b.context).isEmpty {
        for key in a.keys where b.keys.contains(key) && a.action != b.action {
          found.append((key, a.action, b.action))
        }
      }
    }
    return found
  }
}
