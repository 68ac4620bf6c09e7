/// The Media RSS description (`media:description`, as YouTube and podcast
/// feeds use), the body of last resort for an item without text.
enum MediaDescription {
  static let namespace = "http://search.yahoo.com/mrss/"

  /// The plain text of the item's first `media:description`, or "".
  static func text(in item: XMLNode) -> String {
    var found: XMLNode?
    item.walk { node in
      guard found == nil, node.isElement else { return false }
      if node.name == "description", node.namespace?.hasPrefix(namespace) == true {
        found = node
        return false
      }
      // Do not look inside nested items (left there by a recovered error).
      return node.name != "item" && node.name != "entry"
    } exit: { _ in
    }
    guard let found else { return "" }
    let text = found.text(limit: FeedLimits.maxBodyCharacters)
    if found.attribute("type")?.lowercased() == "html" {
      return HTMLRenderer(limit: FeedLimits.maxBodyCharacters).render(html: text)
    }
    return PlainText.paragraphs(text, limit: FeedLimits.maxBodyCharacters)
  }
}
