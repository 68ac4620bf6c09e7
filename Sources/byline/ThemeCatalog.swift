import BylineCore
import Foundation

/// The themes a user can pick: built-in ones and those in
/// `$XDG_CONFIG_HOME/byline/themes` (a user theme wins over a built-in one).
struct ThemeCatalog {
  /// A theme file and where it came from.
  struct Entry {
    var name: String
    var url: URL
    var isBuiltIn: Bool
  }

  var builtInDirectory: URL?
  var userDirectory: URL

  init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    builtInDirectory = ResourceLocator.directory("themes")
    let config: URL
    if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
      config = URL(fileURLWithPath: xdg)
    } else {
      let home = environment["HOME"] ?? NSHomeDirectory()
      config = URL(fileURLWithPath: home).appendingPathComponent(".config")
    }
    userDirectory = config.appendingPathComponent("byline/themes")
  }

  /// Every theme, user themes first, by name.
  var entries: [Entry] {
    var found: [String: Entry] = [:]
    for (directory, builtIn) in [(builtInDirectory, true), (Optional(userDirectory), false)] {
      guard let directory,
        let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
      else { continue }
      for file in files.sorted() where file.hasSuffix(".toml") {
        let name = String(file.dropLast(5))
        found[name] = Entry(
          name: name, url: directory.appendingPathComponent(file), isBuiltIn: builtIn)
      }
    }
    return found.values.sorted { $0.name < $1.name }
  }

  /// Loads a theme by name or path.
  ///
  /// On any problem returns the built-in
  /// default (or the attribute-only fallback) and the reason.
  func load(_ nameOrPath: String) -> (Theme, ThemeError?) {
    let url: URL
    let name: String
    if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
      url = URL(fileURLWithPath: nameOrPath)
      name = url.deletingPathExtension().lastPathComponent
    } else if let entry = entries.first(where: { $0.name == nameOrPath }) {
      url = entry.url
      name = entry.name
    } else {
      let known = entries.map(\.name).joined(separator: ", ")
      let error = ThemeError(
        file: nameOrPath, line: nil, key: nil,
        problem: "no such theme; available: \(known.isEmpty ? "none found" : known) "
          + "(run `byline themes`)")
      return (fallbackTheme(), error)
    }
    do {
      let data = try Data(contentsOf: url)
      guard let text = String(data: data, encoding: .utf8) else {
        throw ThemeError(file: url.path, line: nil, key: nil, problem: "not UTF-8 text")
      }
      return (try ThemeParser.parse(text, file: url.path, name: name), nil)
    } catch let error as ThemeError {
      return (fallbackTheme(excluding: url), error)
    } catch {
      let problem = "cannot be read (\(error.localizedDescription)); check the path"
      return (
        fallbackTheme(excluding: url),
        ThemeError(file: url.path, line: nil, key: nil, problem: problem)
      )
    }
  }

  /// The built-in default theme, or `Theme.fallback` if even that is unreadable.
  private func fallbackTheme(excluding bad: URL? = nil) -> Theme {
    guard let directory = builtInDirectory else { return .fallback }
    let url = directory.appendingPathComponent("default.toml")
    guard url.standardized != bad?.standardized,
      let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8),
      let theme = try? ThemeParser.parse(text, file: url.path, name: "default")
    else { return .fallback }
    return theme
  }
}
