/// Turns an HTML (or XHTML) tree into readable plain text: paragraphs from
/// block elements, `• ` lines for list items, line breaks for `<br>`, with
/// scripts, navigation, forms, hidden elements and boilerplate dropped.
struct HTMLRenderer {
  /// The most characters of text kept per document.
  var limit: Int = 1_000_000

  /// The text of `node`'s descendants.
  func render(childrenOf node: XMLNode) -> String {
    var builder = TextBuilder(limit: limit)
    var preformatted = 0
    var listDepth = 0
    node.walk { child in
      guard !builder.isFull else { return false }
      if child.isText {
        builder.append(child.content, preformatted: preformatted > 0)
        return false
      }
      guard child.isElement else { return false }
      let kind = HTMLElementKind(name: child.lowercasedName)
      if kind == .skipped || Boilerplate.isDropped(child) { return false }
      switch kind {
      case .block, .preformatted:
        builder.paragraphBreak()
        if kind == .preformatted { preformatted += 1 }
      case .list:
        if listDepth == 0 { builder.paragraphBreak() }
        listDepth += 1
      case .listItem:
        let indent = String(repeating: "  ", count: max(0, min(listDepth, 8) - 1))
        builder.startLine(prefix: indent + "• ")
      case .lineBreak, .tableRow:
        builder.lineBreak()
      case .tableCell:
        builder.append(" ")
      case .inline, .skipped:
        break
      }
      return true
    } exit: { child in
      guard child.isElement else { return }
      switch HTMLElementKind(name: child.lowercasedName) {
      case .block:
        builder.paragraphBreak()
      case .preformatted:
        preformatted -= 1
        builder.paragraphBreak()
      case .list:
        listDepth -= 1
        if listDepth == 0 { builder.paragraphBreak() }
      case .listItem, .tableRow:
        builder.lineBreak()
      case .tableCell:
        builder.append(" ")
      case .lineBreak, .inline, .skipped:
        break
      }
    }
    return builder.finish()
  }

  /// The text of an HTML fragment (feed content), parsed as UTF-8.
  func render(html: String) -> String {
    guard html.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else {
      return PlainText.paragraphs(html, limit: limit)
    }
    let bytes = Array(html.utf8.prefix(limit * 4))
    return LibXML.withHTMLDocument(bytes, encoding: "UTF-8") { document in
      render(childrenOf: document)
    } ?? ""
  }
}
