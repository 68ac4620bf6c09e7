/// The `a` prompt in the status bar: a name the recognizer missed, then its kind.
public struct EntityPrompt: Hashable, Sendable {
  public var name = ""
  /// False while typing the name; true while choosing person or organization.
  public var isChoosingKind = false

  public init() {}

  /// What the status bar shows.
  var promptText: String {
    isChoosingKind
      ? "“\(name)” is a (p)erson or an (o)rganization? (Esc cancels)"
      : "Add a person or organization the recognizer missed: \(name)█"
  }
}
