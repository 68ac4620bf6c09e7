/// Finds a page's main content: `<article>`, else `<main>`, else the element
/// holding the most paragraph text (a simple readability heuristic).
enum MainContent {
  static func find(in document: XMLNode) -> XMLNode {
    var articles: [XMLNode] = []
    var main: XMLNode?
    var body: XMLNode?
    var scores: [Int: (node: XMLNode, score: Int)] = [:]
    document.walk { node in
      guard node.isElement else { return false }
      let name = node.lowercasedName
      if HTMLElementKind(name: name) == .skipped || Boilerplate.isDropped(node) { return false }
      switch name {
      case "article": articles.append(node)
      case "main": if main == nil { main = node }
      case "body": if body == nil { body = node }
      case "p", "pre":
        let length = node.text(limit: 100_000).trimmingWhitespace().count
        if length >= 25, let parent = node.pointer.pointee.parent {
          let key = Int(bitPattern: parent)
          scores[key, default: (XMLNode(parent), 0)].score += length
        }
        return false
      default: break
      }
      return true
    } exit: { _ in
    }
    if !articles.isEmpty {
      return articles.max { textLength($0) < textLength($1) } ?? articles[0]
    }
    if let main { return main }
    if let best = scores.values.max(by: { $0.score < $1.score }) { return best.node }
    return body ?? document
  }

  private static func textLength(_ node: XMLNode) -> Int {
    node.text(limit: 1_000_000).count
  }
}
