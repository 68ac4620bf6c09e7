/// A one-line message in the status bar (until the next key).
public struct StatusMessage: Hashable, Sendable {
  /// Whether the message reports a problem.
  public enum Kind: Hashable, Sendable {
    case info
    case error
  }

  public var text: String
  public var kind: Kind

  public init(_ text: String, kind: Kind = .info) {
    self.text = text
    self.kind = kind
  }
}
