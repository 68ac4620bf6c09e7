import BylineEntities
import BylineStore

/// The entity panel (`e`): the open article's people and organizations, a
/// selection and a scroll position.
///
/// The panel is rebuilt whenever the open article changes; the selection
/// follows the selected entity by name and kind when the new article
/// mentions it too, and falls back to the first entity otherwise.
public struct EntityPanelState: Hashable, Sendable {
  /// One row of the panel as drawn: a group heading, an entity, a note
  /// that a group is empty, or a blank separator.
  public enum Row: Hashable, Sendable {
    case heading(EntityKind, count: Int)
    case entity(Int)
    case empty(EntityKind)
    case blank
  }

  /// The article the entities come from; nil while it loads.
  public private(set) var articleID: ArticleID?
  /// People first, then organizations, each most-mentioned first.
  public private(set) var entities: [PanelEntity]
  /// Index into `entities`; nil when there are none.
  public private(set) var selection: Int?
  /// First visible row of `rows`.
  public var scroll: Int
  /// The last entity the user had selected, kept while an article loads so
  /// the selection can come back to it.
  private var remembered: PanelEntity?

  /// A panel for `document` (nil while the article loads), with the first
  /// entity selected.
  public init(document: ReaderDocument?) {
    articleID = nil
    entities = []
    selection = nil
    scroll = 0
    remembered = nil
    rebuild(for: document)
  }

  /// The selected entity, if any.
  public var selectedEntity: PanelEntity? {
    selection.flatMap { entities.indices.contains($0) ? entities[$0] : nil }
  }

  /// Re-reads the entities of `document`, keeping the selected entity when it
  /// is mentioned there (same name and kind).
  public mutating func rebuild(for document: ReaderDocument?) {
    let wanted = selectedEntity ?? remembered
    if let wanted { remembered = wanted }
    guard let document else {
      articleID = nil
      entities = []
      selection = nil
      scroll = 0
      return
    }
    let isSameArticle = articleID == document.id
    articleID = document.id
    entities = PanelEntity.all(in: document)
    if let wanted,
      let index = entities.firstIndex(where: { $0.name == wanted.name && $0.kind == wanted.kind })
    {
      selection = index
    } else {
      selection = entities.isEmpty ? nil : 0
    }
    if !isSameArticle { scroll = 0 }
    remembered = selectedEntity ?? remembered
  }

  /// Moves the selection to `index`, clamped to the entities.
  public mutating func select(_ index: Int) {
    guard !entities.isEmpty else { return }
    selection = min(max(0, index), entities.count - 1)
    remembered = selectedEntity
  }

  /// The rows as drawn: each group's heading with its count, its entities
  /// (or a note that there are none), a blank row between the groups.
  public var rows: [Row] {
    var rows: [Row] = []
    for kind in [EntityKind.person, .organization] {
      if !rows.isEmpty { rows.append(.blank) }
      let members = entities.indices.filter { entities[$0].kind == kind }
      rows.append(.heading(kind, count: members.count))
      if members.isEmpty {
        rows.append(.empty(kind))
      } else {
        rows += members.map { Row.entity($0) }
      }
    }
    return rows
  }

  /// The row showing the selected entity.
  public var selectedRow: Int? {
    guard let selection else { return nil }
    return rows.firstIndex(of: .entity(selection))
  }

  /// Scrolls so the selected entity is among `height` visible rows, with its
  /// group heading when it is the group's first entity.
  public mutating func keepSelectionVisible(height: Int) {
    let rows = self.rows
    let height = max(1, height)
    if let row = selectedRow {
      let top = row > 0 && height > 1 && isHeading(rows[row - 1]) ? row - 1 : row
      if top < scroll { scroll = top }
      if row >= scroll + height { scroll = row - height + 1 }
    }
    scroll = max(0, min(scroll, rows.count - height))
  }

  private func isHeading(_ row: Row) -> Bool {
    if case .heading = row { return true }
    return false
  }
}
