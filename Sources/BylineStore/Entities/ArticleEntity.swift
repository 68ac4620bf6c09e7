/// A person or organization named in one article, as the store keeps it.
///
/// `name` is the canonical name (the fullest form the article uses);
/// `aliases` are the other forms that refer to it there (`Raimondo` for
/// `Gina Raimondo`), sorted, without the name itself.
public struct ArticleEntity: Hashable, Sendable {
  /// The kinds of entity the store records.
  public enum Kind: UInt8, Hashable, Sendable, CaseIterable, Comparable {
    case person = 0
    case organization = 1

    /// `person` or `organization`: the word used in files, JSON and the command line.
    public var name: String { self == .person ? "person" : "organization" }

    /// The kind named `text` (`person`, `people`, `org`, `organization`, …), case-insensitively.
    public init?(name text: String) {
      switch text.lowercased() {
      case "person", "people", "per": self = .person
      case "organization", "organisation", "organizations", "org", "orgs", "company":
        self = .organization
      default: return nil
      }
    }

    public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
  }

  public var name: String
  public var kind: Kind
  /// How many times the article mentions it (under any of its names).
  public var mentions: Int
  public var aliases: [String]

  public init(name: String, kind: Kind, mentions: Int, aliases: [String] = []) {
    self.name = name
    self.kind = kind
    self.mentions = mentions
    self.aliases = aliases
  }
}
