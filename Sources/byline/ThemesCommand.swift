import ArgumentParser
import BylineCore
import Foundation

/// `byline themes`: the themes available, and where they live.
struct ThemesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "themes",
    abstract: "List the available themes (built-in and in $XDG_CONFIG_HOME/byline/themes).")

  func run() throws {
    let catalog = ThemeCatalog()
    for entry in catalog.entries {
      let (_, error) = catalog.load(entry.url.path)
      let origin = entry.isBuiltIn ? "built-in" : "user"
      let status = error.map { "  (broken: \($0))" } ?? ""
      print("\(entry.name)\t\(origin)\t\(entry.url.path)\(status)")
    }
    print(
      "User themes go in \(catalog.userDirectory.path)/NAME.toml; elements: "
        + ThemeElement.allCases.map(\.rawValue).joined(separator: ", "))
  }
}
