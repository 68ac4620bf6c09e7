import BylineStore

/// The `E` view: every person and organization in the store, with how many articles mention them.
public struct EntityDirectory: Hashable, Sendable {
  /// How the rows are ordered.
  public enum Sort: Hashable, Sendable {
    case articles
    case name
  }

  public var sort: Sort = .articles
  /// Only entities whose name or an alias contains this (case-insensitive) are shown.
  public var query = ""
  /// True while the user types `query`.
  public var isEditingQuery = false
  /// Position in `rows` of the selected row.
  public var selection = 0
  /// First row shown.
  public var scroll = 0
  /// Positions in the store's entity list, in display order.
  public private(set) var rows: [Int] = []

  public init() {}

  /// Recomputes `rows` from `entities` for the current sort and query.
  mutating func refresh(_ entities: [EntityCatalog.Entity]) {
    let needle = query.lowercased()
    var rows = entities.indices.filter { position in
      guard !needle.isEmpty else { return true }
      let entity = entities[position]
      return entity.name.lowercased().contains(needle)
        || entity.aliases.contains { $0.lowercased().contains(needle) }
    }
    if sort == .name {
      rows.sort {
        let (a, b) = (entities[$0].name.lowercased(), entities[$1].name.lowercased())
        return a != b ? a < b : $0 < $1
      }
    }
    self.rows = rows
    selection = min(selection, max(0, rows.count - 1))
  }
}
