import BylineScreen
import Foundation
import TOMLKit

/// Reads `config.toml` into a ``Config``, reporting every problem instead of failing.
///
/// ```toml
/// theme = "nord"
/// reading-width = 72
/// [keys]
/// next-article = ["J", "Ctrl-N"]
/// ```
/// Unknown keys and bad values become ``ConfigProblem``s naming the file, the
/// line and the key, and that entry keeps its default; text that is not TOML
/// at all gives one problem and the defaults.
public enum ConfigParser {
  /// The outcome of parsing: the configuration and what was wrong with the file.
  public struct Result: Sendable {
    /// The configuration, with defaults for whatever was missing or wrong.
    public var config: Config
    /// Problems, in file order.
    public var problems: [ConfigProblem]
  }

  /// The top-level option names, in the order the README documents them.
  public static let optionNames = [
    "theme", "store", "highlight", "list-width", "reading-width", "date-format", "sort",
    "sort-reversed", "mark-read-on-open", "mouse",
  ]

  /// Parses `text`.
  ///
  /// - Parameters:
  ///   - file: names the file in messages.
  ///   - home: the home directory, for a `store` starting with `~`.
  public static func parse(_ text: String, file: String, home: String) -> Result {
    let table: TOMLTable
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      let problem = ConfigProblem(
        file: file, line: error.source.begin.line, key: nil,
        problem: "not valid TOML (\(error.description)); using the defaults for everything")
      return Result(config: .defaults, problems: [problem])
    } catch {
      let problem = ConfigProblem(
        file: file, line: nil, key: nil,
        problem: "not valid TOML; using the defaults for everything")
      return Result(config: .defaults, problems: [problem])
    }
    var reader = ConfigReader(file: file, lines: TOMLLines(text), home: home)
    let keys = table.keys.sorted { reader.order(of: $0) < reader.order(of: $1) }
    for key in keys {
      guard let value = table[key] else { continue }
      reader.read(key, value)
    }
    return Result(config: reader.config, problems: reader.problems)
  }
}

/// The state of one parse: the configuration so far and the problems found.
private struct ConfigReader {
  let file: String
  let lines: TOMLLines
  let home: String
  var config = Config.defaults
  var problems: [ConfigProblem] = []

  init(file: String, lines: TOMLLines, home: String) {
    self.file = file
    self.lines = lines
    self.home = home
  }

  /// Sorting position of a top-level key: its line, tables after plain keys.
  func order(of key: String) -> Int {
    lines.line(ofKey: key, inTable: nil) ?? lines.line(ofTable: key) ?? Int.max
  }

  mutating func report(_ key: String, table: String? = nil, _ problem: String) {
    let line =
      table == nil
      ? lines.line(ofKey: key, inTable: nil) ?? lines.line(ofTable: key)
      : lines.line(ofKey: key, inTable: table)
    let name = table.map { "\($0).\(key)" } ?? key
    problems.append(ConfigProblem(file: file, line: line, key: name, problem: problem))
  }

  mutating func read(_ key: String, _ value: any TOMLValueConvertible) {
    switch key {
    case "theme":
      guard let name = value.string, !name.isEmpty else {
        return report(
          key, "must be a theme name or path in quotes, such as \"nord\"; using default")
      }
      config.theme = name
    case "store":
      guard let path = value.string, !path.isEmpty else {
        return report(key, "must be a directory path in quotes, such as \"~/news\"")
      }
      config.store = expanded(path)
    case "highlight":
      guard let text = value.string, let mode = Self.highlightModes.first(where: { $0.0 == text })
      else {
        return report(
          key, "must be one of \"all\", \"people\", \"organizations\", \"off\"; using all")
      }
      config.highlight = mode.1
    case "list-width":
      guard let width = Self.listWidth(value) else {
        return report(
          key,
          "must be columns (10 to 200, such as 30) or a percentage (10% to 90%, such as "
            + "\"40%\"), or \"auto\"; using auto (a third of the window)")
      }
      config.listWidth = width
    case "reading-width":
      guard let width = value.int, (20...500).contains(width) else {
        return report(key, "must be a number of columns from 20 to 500; using 80")
      }
      config.readingWidth = width
    case "date-format":
      guard let format = value.string.flatMap(DateFormat.init(rawValue:)) else {
        return report(key, "must be one of \(DateFormat.examples); using iso")
      }
      config.dateFormat = format
    case "sort":
      guard let sort = value.string.flatMap(Config.SortKey.init(rawValue:)) else {
        return report(key, "must be \"date\", \"title\" or \"source\"; using date")
      }
      config.sort = sort
    case "sort-reversed", "mark-read-on-open", "mouse":
      guard let flag = value.bool else {
        return report(key, "must be true or false (without quotes); using the default")
      }
      switch key {
      case "sort-reversed": config.sortReversed = flag
      case "mark-read-on-open": config.markReadOnOpen = flag
      default: config.mouse = flag
      }
    case "keys":
      guard let table = value.table else {
        return report(key, "must be a table: [keys] with lines such as quit = [\"q\"]")
      }
      readKeys(table)
    default:
      report(
        key,
        "unknown option; known options: "
          + (ConfigParser.optionNames + ["[keys]"]).joined(separator: ", "))
    }
  }

  static let highlightModes: [(String, HighlightMode)] = [
    ("all", .all), ("people", .peopleOnly), ("organizations", .organizationsOnly), ("off", .off),
  ]

  static func listWidth(_ value: any TOMLValueConvertible) -> Config.ListWidth? {
    if let columns = value.int { return (10...200).contains(columns) ? .columns(columns) : nil }
    guard let text = value.string?.trimmingCharacters(in: .whitespaces) else { return nil }
    if text == "auto" { return .automatic }
    if text.hasSuffix("%"), let percent = Int(text.dropLast()) {
      return (10...90).contains(percent) ? .percent(percent) : nil
    }
    if let columns = Int(text), (10...200).contains(columns) { return .columns(columns) }
    return nil
  }

  func expanded(_ path: String) -> String {
    if path == "~" { return home }
    if path.hasPrefix("~/") { return home + path.dropFirst(1) }
    return path
  }

  mutating func readKeys(_ table: TOMLTable) {
    let names = table.keys.sorted {
      (lines.line(ofKey: $0, inTable: "keys") ?? .max)
        < (lines.line(ofKey: $1, inTable: "keys") ?? .max)
    }
    for name in names {
      guard let value = table[name] else { continue }
      guard let action = Action(rawValue: name) else {
        report(
          name, table: "keys",
          "unknown action; see `byline keys` for the names (such as next-article, quit)")
        continue
      }
      let words: [String]?
      if let single = value.string {
        words = [single]
      } else if let array = value.array {
        let strings = array.compactMap(\.string)
        words = strings.count == array.count ? strings : nil
      } else {
        words = nil
      }
      guard let words else {
        report(name, table: "keys", "must be a key name or a list such as [\"J\", \"Ctrl-N\"]")
        continue
      }
      var keys: [Key] = []
      var bad: [String] = []
      for word in words {
        if let key = KeyName.parse(word) {
          if !keys.contains(key) { keys.append(key) }
        } else {
          bad.append(word)
        }
      }
      if !bad.isEmpty {
        report(
          name, table: "keys",
          "unknown key name " + bad.map { "\"\($0)\"" }.joined(separator: ", ")
            + "; use a character (\"J\"), Ctrl-A to Ctrl-Z, F1 to F24, or Space, Enter, Esc, Tab, "
            + "Shift-Tab, Up, Down, Left, Right, PgUp, PgDn, Home, End, Backspace, Delete, Insert; "
            + "keeping the default keys")
        continue
      }
      let line = lines.line(ofKey: name, inTable: "keys")
      config.keys.append(KeyRemap(action: action, keys: keys, line: line))
    }
  }
}
