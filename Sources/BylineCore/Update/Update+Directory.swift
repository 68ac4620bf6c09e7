import BylineScreen
import BylineStore

extension AppState {
  /// `E`: opens the store's people & organizations.
  mutating func openDirectory() {
    var directory = EntityDirectory()
    directory.refresh(storeEntities)
    entityDirectory = directory
    if storeEntities.isEmpty {
      message = StatusMessage(
        unanalyzedArticles > 0
          ? "Finding people and organizations in \(unanalyzedArticles) articles…"
          : "No people or organizations found yet.")
    }
  }

  /// Rows of the directory on screen.
  var directoryHeight: Int { max(1, height - 4) }

  /// Keys while the directory is open.
  mutating func handleDirectoryKey(_ key: Key) -> [Effect] {
    guard var directory = entityDirectory else { return [] }
    if directory.isEditingQuery {
      switch key {
      case .character(let c): directory.query.append(c)
      case .backspace:
        if directory.query.isEmpty {
          directory.isEditingQuery = false
        } else {
          directory.query.removeLast()
        }
      case .control("u"): directory.query = ""
      case .escape, .control("c"), .control("g"):
        directory.query = ""
        directory.isEditingQuery = false
      case .enter: directory.isEditingQuery = false
      default: break
      }
      directory.selection = 0
      directory.scroll = 0
      directory.refresh(storeEntities)
      entityDirectory = directory
      return []
    }
    guard let action = keyMap.action(for: key, in: .directory) else {
      if case .character = key {} else { return [] }
      return keyMap.action(for: key, in: .everywhere).map { globalAction in
        switch globalAction {
        case .quitNow, .help, .redraw, .suspend: return perform(globalAction)
        default: return []
        }
      } ?? []
    }
    switch action {
    case .nextEntity: directory.selection += 1
    case .previousEntity: directory.selection -= 1
    case .pageDown: directory.selection += max(1, directoryHeight - 1)
    case .pageUp: directory.selection -= max(1, directoryHeight - 1)
    case .first: directory.selection = 0
    case .last: directory.selection = directory.rows.count - 1
    case .sortDirectory:
      directory.sort = directory.sort == .articles ? .name : .articles
      directory.selection = 0
      directory.refresh(storeEntities)
    case .filterDirectory:
      directory.isEditingQuery = true
    case .closeDirectory:
      entityDirectory = nil
      return []
    case .filterByEntity:
      guard directory.rows.indices.contains(directory.selection) else { return [] }
      let entity = storeEntities[directory.rows[directory.selection]]
      entityDirectory = nil
      message = StatusMessage("Finding articles that mention \(entity.name)…")
      return [.findArticles(.entity(name: entity.name, kind: entity.kind))]
    default: return perform(action)
    }
    directory.selection = min(max(0, directory.selection), max(0, directory.rows.count - 1))
    if directory.selection < directory.scroll { directory.scroll = directory.selection }
    if directory.selection >= directory.scroll + directoryHeight {
      directory.scroll = directory.selection - directoryHeight + 1
    }
    entityDirectory = directory
    return []
  }

  /// The catalog arrived (or changed): refresh the open directory, keeping the selected name.
  mutating func replaceStoreEntities(_ entities: [EntityCatalog.Entity], unanalyzed: Int) {
    guard var directory = entityDirectory else {
      storeEntities = entities
      unanalyzedArticles = unanalyzed
      return
    }
    let selected =
      directory.rows.indices.contains(directory.selection)
      ? storeEntities[directory.rows[directory.selection]] : nil
    storeEntities = entities
    unanalyzedArticles = unanalyzed
    directory.refresh(entities)
    if let selected,
      let row = directory.rows.firstIndex(where: {
        entities[$0].name == selected.name && entities[$0].kind == selected.kind
      })
    {
      directory.selection = row
    }
    entityDirectory = directory
  }
}
