import BylineStore
import Foundation

/// Reads Atom 1.0 (and 0.3) feeds: `<feed>` with `<entry>` elements.
struct AtomFeed {
  let root: XMLNode
  let outcome: LibXML.Outcome
  private let renderer = HTMLRenderer(limit: FeedLimits.maxBodyCharacters)

  init(root: XMLNode, outcome: LibXML.Outcome) {
    self.root = root
    self.outcome = outcome
  }

  /// The feed's articles.
  func conversion(name: String) -> Conversion {
    let title = root.child("title").map { text(of: $0).singleLine() } ?? ""
    let feedAuthors = authors(in: root)
    let entries = root.descendants(named: "entry", limit: FeedLimits.maxItems)
    return FeedAssembly.conversion(
      source: title.isEmpty ? name : title, itemCount: entries.count,
      outcome: outcome
    ) { index in
      fields(of: entries[index], feedAuthors: feedAuthors)
    }
  }

  private func fields(of entry: XMLNode, feedAuthors: [String]) -> ItemFields {
    var fields = ItemFields()
    var content: XMLNode?
    var summary: XMLNode?
    var published: String?
    var updated: String?
    var links: [(rel: String, type: String, node: XMLNode)] = []
    for child in entry.elementChildren {
      switch child.name {
      case "title": fields.title = text(of: child)
      case "id": fields.guid = child.text(limit: FeedLimits.maxLineCharacters).trimmingWhitespace()
      case "content": content = content ?? child
      case "summary": summary = summary ?? child
      case "published", "issued", "created": published = published ?? child.text(limit: 200)
      case "updated", "modified": updated = updated ?? child.text(limit: 200)
      case "category":
        if let term = child.attribute("label") ?? child.attribute("term") {
          fields.tags.append(term)
        }
      case "link":
        let rel = child.attribute("rel")?.lowercased() ?? "alternate"
        links.append((rel, child.attribute("type")?.lowercased() ?? "", child))
      default: break
      }
    }
    let alternates = links.filter { $0.rel == "alternate" }
    let preferred = alternates.filter { $0.type.isEmpty || $0.type.contains("html") } + alternates
    fields.url =
      preferred.lazy.compactMap { link in
        link.node.attribute("href").flatMap { LinkResolver.httpURL($0, bases: link.node.baseChain) }
      }.first
    let entryAuthors = authors(in: entry)
    fields.authors = entryAuthors.isEmpty ? feedAuthors : entryAuthors
    fields.date = published.flatMap(FeedDate.parse) ?? updated.flatMap(FeedDate.parse)
    let body = content.map { text(of: $0) } ?? ""
    fields.body = body.isEmpty ? summary.map { text(of: $0) } ?? "" : body
    if fields.body.isEmpty { fields.body = MediaDescription.text(in: entry) }
    return fields
  }

  /// The names of the `author` elements directly inside `node`.
  private func authors(in node: XMLNode) -> [String] {
    node.elementChildren.filter { $0.name == "author" }.compactMap { author in
      let name =
        author.child("name")?.text(limit: FeedLimits.maxLineCharacters)
        ?? author.child("email")?.text(limit: FeedLimits.maxLineCharacters)
      return name?.trimmingWhitespace()
    }.filter { !$0.isEmpty }
  }

  /// The text of an Atom text construct or content element, by its type.
  private func text(of node: XMLNode) -> String {
    let type = node.attribute("type")?.lowercased() ?? "text"
    if node.attribute("src") != nil { return "" }
    if node.attribute("mode")?.lowercased() == "escaped" || type == "html" || type == "text/html" {
      return renderer.render(html: node.text(limit: FeedLimits.maxBodyCharacters * 2))
    }
    if type == "xhtml" || type.hasSuffix("xhtml+xml") || node.attribute("mode") == "xml" {
      return renderer.render(childrenOf: node)
    }
    if type == "text" || type.hasPrefix("text/") {
      return PlainText.paragraphs(
        node.text(limit: FeedLimits.maxBodyCharacters), limit: FeedLimits.maxBodyCharacters)
    }
    return ""
  }
}
