import Foundation

/// YAML front matter at the top of a Markdown file (`---` … `---`), read simply.
///
/// Only flat `key: value` lines are read; `title`, `date`, `author`,
/// `source`, `url`/`link` and `tags` (a `[a, b]` list or comma text) become
/// article header fields. Everything else in the block is ignored.
enum FrontMatter {
  /// The fields and the text after the block, or nil when `text` has no front matter.
  static func split(_ text: String) -> ([(String, String)], String)? {
    let lines = ArticleFile.normalizedLines(text)
    guard let first = lines.first, first.trimmingSpacesAndTabs == "---" else {
      return nil
    }
    guard
      let end = lines.indices.dropFirst().prefix(200).first(where: {
        let line = lines[$0].trimmingSpacesAndTabs
        return line == "---" || line == "..."
      })
    else { return nil }
    var fields: [(String, String)] = []
    for line in lines[1..<end] {
      guard let (key, raw) = ArticleFile.field(line), let name = headerName(key) else { continue }
      var value = unquoted(raw)
      if name == "Tags", value.hasPrefix("["), value.hasSuffix("]") {
        value = value.dropFirst().dropLast().split(separator: ",").map { unquoted(String($0)) }
          .joined(separator: ", ")
      }
      if !value.isEmpty { fields.append((name, value)) }
    }
    return (fields, lines[(end + 1)...].joined(separator: "\n"))
  }

  private static func headerName(_ key: String) -> String? {
    switch key.lowercased() {
    case "title": return "Title"
    case "date": return "Date"
    case "author": return "Author"
    case "source": return "Source"
    case "url", "link": return "URL"
    case "tags": return "Tags"
    default: return nil
    }
  }

  private static func unquoted(_ raw: String) -> String {
    let value = raw.trimmingSpacesAndTabs
    if value.count >= 2, let first = value.first, first == "\"" || first == "'",
      value.last == first
    {
      return String(value.dropFirst().dropLast())
    }
    return value
  }
}
