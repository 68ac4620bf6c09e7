/// The pane that receives keys.
public enum Focus: Hashable, Sendable {
  case list
  case reader
  /// The entity panel (only while it is open).
  case panel
}
