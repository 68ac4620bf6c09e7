/// The metadata of a web page: `<meta>` values, `<title>`, the first `<h1>`,
/// `<time datetime>`, the canonical link and bylines.
struct PageMetadata {
  /// `<meta>` contents by lowercased `property`, `name` or `itemprop`
  /// (the first of each wins).
  var meta: [String: String] = [:]
  var title: String?
  var firstHeading: String?
  var firstTime: String?
  var canonical: String?
  var base: String?
  var byline: String?

  /// Collects the metadata of the document under `document`.
  init(document: XMLNode) {
    document.walk { node in
      guard node.isElement else { return false }
      switch node.lowercasedName {
      case "meta": read(meta: node)
      case "title": if title == nil { title = node.text(limit: 2_000) }
      case "h1": if firstHeading == nil { firstHeading = node.text(limit: 2_000) }
      case "time":
        if firstTime == nil { firstTime = node.attribute("datetime") }
      case "link":
        if canonical == nil, node.attribute("rel")?.lowercased() == "canonical" {
          canonical = node.attribute("href")
        }
      case "base":
        if base == nil { base = node.attribute("href") }
      case "script", "style", "template": return false
      default:
        if byline == nil, Self.isByline(node) { byline = node.text(limit: 300) }
      }
      return true
    } exit: { _ in
    }
  }

  private mutating func read(meta node: XMLNode) {
    guard let content = node.attribute("content") else { return }
    for key in ["property", "name", "itemprop"] {
      guard let name = node.attribute(key)?.lowercased(), meta[name] == nil else { continue }
      meta[name] = content
    }
  }

  /// An element marked as the author line: `rel=author`, `itemprop=author`
  /// or a class like `byline`/`author`.
  private static func isByline(_ node: XMLNode) -> Bool {
    if node.attribute("rel")?.lowercased() == "author" { return true }
    if node.attribute("itemprop")?.lowercased() == "author" { return true }
    guard let value = node.attribute("class"), value.count < 300 else { return false }
    let tokens = value.lowercased().split { !$0.isLetter && !$0.isNumber }
    return tokens.contains { $0 == "byline" || $0 == "author" || $0 == "byl" }
  }

  /// A byline without its leading `By `.
  static func cleanAuthor(_ raw: String) -> String {
    var text = raw.singleLine(limit: 300)
    for prefix in ["by ", "By ", "BY "] where text.hasPrefix(prefix) {
      text = String(text.dropFirst(prefix.count))
    }
    return text.trimmingWhitespace()
  }
}
