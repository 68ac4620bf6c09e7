import BylineEntities

/// Which named entities the reader pane highlights; `h` cycles through them.
public enum HighlightMode: String, CaseIterable, Sendable {
  case all
  case peopleOnly
  case organizationsOnly
  case off

  /// The mode after this one: all → people → organizations → off → all.
  public var next: HighlightMode {
    switch self {
    case .all: .peopleOnly
    case .peopleOnly: .organizationsOnly
    case .organizationsOnly: .off
    case .off: .all
    }
  }

  /// The name shown in the status bar.
  public var label: String {
    switch self {
    case .all: "people+orgs"
    case .peopleOnly: "people"
    case .organizationsOnly: "orgs"
    case .off: "off"
    }
  }

  /// Whether mentions of `kind` are highlighted in this mode.
  public func shows(_ kind: EntityKind) -> Bool {
    switch self {
    case .all: true
    case .peopleOnly: kind == .person
    case .organizationsOnly: kind == .organization
    case .off: false
    }
  }
}
