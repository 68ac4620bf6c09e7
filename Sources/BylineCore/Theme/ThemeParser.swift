import BylineScreen
import TOMLKit

/// Reads a theme from TOML text.
///
/// ```toml
/// name = "default"
/// [person]
/// fg = "yellow"
/// attrs = ["bold"]
/// ```
/// Each table names a `ThemeElement`; its keys are `fg`, `bg` and `attrs`
/// (each optional: terminal colours and no attributes when left out).
/// Elements a file leaves out entirely keep `Theme.fallback`'s style.
public enum ThemeParser {
  static let attributeNames: [String: Attributes] = [
    "bold": .bold, "dim": .dim, "italic": .italic, "underline": .underline,
    "reverse": .reverse,
  ]

  /// Parses `text`; `file` names the file in error messages.
  public static func parse(_ text: String, file: String, name: String) throws(ThemeError) -> Theme {
    let table: TOMLTable
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      throw ThemeError(
        file: file, line: error.source.begin.line, key: nil,
        problem: "not valid TOML (\(error.description)); fix the file or pick another theme")
    } catch {
      throw ThemeError(file: file, line: nil, key: nil, problem: "not valid TOML")
    }
    let lines = TOMLLines(text)
    var theme = Theme.fallback
    theme.name = name
    for key in table.keys.sorted() {
      guard let value = table[key] else { continue }
      if key == "name" || key == "description" || key == "inspired-by" { continue }
      guard let element = ThemeElement(rawValue: key) else {
        throw ThemeError(
          file: file, line: lines.line(ofTable: key) ?? lines.line(ofKey: key, inTable: nil),
          key: key,
          problem: "unknown element; known elements: "
            + ThemeElement.allCases.map(\.rawValue).joined(separator: ", "))
      }
      guard let fields = value.table else {
        throw ThemeError(
          file: file, line: lines.line(ofKey: key, inTable: nil), key: key,
          problem: "must be a table like [\(key)] with fg, bg and attrs")
      }
      theme.styles[element] = try style(
        fields, base: .plain, element: key, file: file, lines: lines)
    }
    return theme
  }

  private static func style(
    _ fields: TOMLTable, base: Style, element: String, file: String, lines: TOMLLines
  ) throws(ThemeError) -> Style {
    var style = base
    for field in fields.keys.sorted() {
      guard let value = fields[field] else { continue }
      let line = lines.line(ofKey: field, inTable: element)
      let keyName = "\(element).\(field)"
      switch field {
      case "fg", "bg":
        guard let text = value.string, let color = ColorName.parse(text) else {
          throw ThemeError(
            file: file, line: line, key: keyName,
            problem: "bad colour \(value.debugDescription); \(ColorName.expected)")
        }
        if field == "fg" { style.foreground = color } else { style.background = color }
      case "attrs":
        guard let array = value.array else {
          throw ThemeError(
            file: file, line: line, key: keyName,
            problem: "must be a list such as [\"bold\", \"underline\"]")
        }
        var attributes: Attributes = []
        for item in array {
          guard let word = item.string, let attribute = attributeNames[word.lowercased()] else {
            throw ThemeError(
              file: file, line: line, key: keyName,
              problem: "unknown attribute \(item.debugDescription); use "
                + attributeNames.keys.sorted().joined(separator: ", "))
          }
          attributes.insert(attribute)
        }
        style.attributes = attributes
      default:
        throw ThemeError(
          file: file, line: line, key: keyName, problem: "unknown key; use fg, bg or attrs")
      }
    }
    return style
  }
}
