/// The pane that receives keys.
public enum Focus: Hashable, Sendable {
  case list
  case reader
}
