import BylineStore
import Foundation

/// Reads RSS 0.9x/2.0 (`<rss>`) and RSS 1.0 (`<rdf:RDF>`) feeds.
struct RSSFeed {
  let root: XMLNode
  let outcome: LibXML.Outcome
  private let renderer = HTMLRenderer(limit: FeedLimits.maxBodyCharacters)

  init(root: XMLNode, outcome: LibXML.Outcome) {
    self.root = root
    self.outcome = outcome
  }

  /// The feed's articles.
  func conversion(name: String) -> Conversion {
    let channel = root.child("channel")
    let title =
      channel?.child("title")?.text(limit: FeedLimits.maxLineCharacters)
      .singleLine() ?? ""
    let channelLink = channel?.child("link")?.text(limit: LinkResolver.maxLength)
    let items = root.descendants(named: "item", limit: FeedLimits.maxItems)
    return FeedAssembly.conversion(
      source: title.isEmpty ? name : title, itemCount: items.count,
      outcome: outcome
    ) { index in
      fields(of: items[index], channelLink: channelLink)
    }
  }

  private func fields(of item: XMLNode, channelLink: String?) -> ItemFields {
    var fields = ItemFields()
    var description: String?
    var encoded: String?
    var link: String?
    var permalinkGUID: String?
    var creators: [String] = []
    var plainAuthor: String?
    var pubDate: String?
    var dcDate: String?
    for child in item.elementChildren {
      let text = { child.text(limit: FeedLimits.maxBodyCharacters * 2) }
      switch (child.name, child.prefix == nil) {
      case ("title", true): fields.title = text()
      case ("link", true): link = text()
      case ("description", true): description = text()
      case ("encoded", _): encoded = text()
      case ("guid", true):
        let value = text().trimmingWhitespace()
        fields.guid = value
        if child.attribute("ispermalink")?.lowercased() != "false" { permalinkGUID = value }
      case ("creator", _): creators.append(text())
      case ("author", true): plainAuthor = text()
      case ("pubDate", true): pubDate = text()
      case ("date", false): dcDate = text()
      case ("category", true), ("subject", false): fields.tags.append(text())
      default: break
      }
    }
    let about = item.attribute("about", namespace: rdfNamespace)
    if fields.guid == nil { fields.guid = about }
    let bases = item.baseChain + (channelLink.map { [$0] } ?? [])
    fields.url =
      [link, permalinkGUID, about].compactMap { $0 }.lazy
      .compactMap { LinkResolver.httpURL($0, bases: bases) }.first
    fields.authors = creators.isEmpty ? plainAuthor.map { [Self.personName($0)] } ?? [] : creators
    fields.date =
      (pubDate ?? dcDate).flatMap(FeedDate.parse)
      ?? dcDate.flatMap(FeedDate.parse)
    let html = encoded.flatMap { $0.trimmingWhitespace().isEmpty ? nil : $0 } ?? description
    fields.body = html.map { renderer.render(html: $0) } ?? ""
    if fields.body.isEmpty { fields.body = MediaDescription.text(in: item) }
    return fields
  }

  private var rdfNamespace: String { "http://www.w3.org/1999/02/22-rdf-syntax-ns#" }

  /// `jo@example.com (Jo Bloggs)` → `Jo Bloggs`; anything else unchanged.
  static func personName(_ author: String) -> String {
    let trimmed = author.trimmingWhitespace()
    if let open = trimmed.firstIndex(of: "("), trimmed.hasSuffix(")"),
      trimmed[..<open].contains("@")
    {
      let name = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
      if !name.isEmpty { return String(name) }
    }
    return trimmed
  }
}
