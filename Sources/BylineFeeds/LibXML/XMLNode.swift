import CLibXML2

/// A borrowed node of a libxml2 tree, valid only inside the closure that
/// parsed the document.
///
/// Walks are iterative (they follow the tree's parent and sibling pointers),
/// so a document nested 100,000 levels deep cannot overflow the stack.
struct XMLNode {
  let pointer: xmlNodePtr

  init(_ pointer: xmlNodePtr) {
    self.pointer = pointer
  }

  var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

  /// True for text and CDATA nodes.
  var isText: Bool {
    pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE
  }

  /// The element's local name as written (no prefix).
  var name: String {
    guard let name = pointer.pointee.name else { return "" }
    return String(cString: name)
  }

  /// The lowercased local name, for HTML.
  var lowercasedName: String { name.lowercased() }

  /// The namespace URI, nil when the element has none.
  var namespace: String? {
    guard let href = pointer.pointee.ns?.pointee.href else { return nil }
    return String(cString: href)
  }

  /// The namespace prefix, nil for unprefixed elements.
  var prefix: String? {
    guard let prefix = pointer.pointee.ns?.pointee.prefix else { return nil }
    return String(cString: prefix)
  }

  /// The content of a text or CDATA node.
  var content: String {
    guard isText, let content = pointer.pointee.content else { return "" }
    return String(cString: content)
  }

  /// The element children, in order.
  var elementChildren: [XMLNode] {
    var result: [XMLNode] = []
    var current = pointer.pointee.children
    while let node = current {
      if node.pointee.type == XML_ELEMENT_NODE { result.append(XMLNode(node)) }
      current = node.pointee.next
    }
    return result
  }

  /// The first element child with this local name (case-sensitive).
  func child(_ localName: String) -> XMLNode? {
    elementChildren.first { $0.name == localName }
  }

  /// The value of the first attribute with this local name (ASCII
  /// case-insensitive), optionally only in one namespace.
  func attribute(_ localName: String, namespace: String? = nil) -> String? {
    var current = pointer.pointee.properties
    while let attribute = current {
      defer { current = attribute.pointee.next }
      guard let rawName = attribute.pointee.name else { continue }
      guard String(cString: rawName).lowercased() == localName else { continue }
      if let namespace {
        guard let href = attribute.pointee.ns?.pointee.href,
          String(cString: href) == namespace
        else { continue }
      }
      var value = ""
      var child = attribute.pointee.children
      while let node = child {
        if let content = node.pointee.content { value += String(cString: content) }
        child = node.pointee.next
      }
      return value
    }
    return nil
  }

  /// The concatenated text of all descendant text nodes.
  ///
  /// At most about `limit` characters (counted as UTF-8 bytes while
  /// collecting); entity references are not expanded.
  func text(limit: Int = 100_000) -> String {
    var result = ""
    var count = 0
    walk { node in
      guard count < limit else { return false }
      if node.isText {
        let piece = node.content
        count += piece.utf8.count
        result += piece
      }
      return node.isElement
    } exit: { _ in
    }
    return count > limit ? String(result.unicodeScalars.prefix(limit)) : result
  }

  /// Visits the descendants in document order without recursion.
  ///
  /// `enter` returns whether to visit a node's children; `exit` is called
  /// after the children of every node `enter` accepted. Only elements (and
  /// the document) are descended into, never entity references.
  func walk(enter: (XMLNode) -> Bool, exit: (XMLNode) -> Void) {
    var current = pointer.pointee.children
    while let node = current {
      let accepted = enter(XMLNode(node))
      let type = node.pointee.type
      let descendable =
        type == XML_ELEMENT_NODE || type == XML_DOCUMENT_NODE
        || type == XML_HTML_DOCUMENT_NODE
      if accepted, descendable, let child = node.pointee.children {
        current = child
        continue
      }
      if accepted { exit(XMLNode(node)) }
      current = nil
      var climbing = node
      while true {
        if let next = climbing.pointee.next {
          current = next
          break
        }
        guard let parent = climbing.pointee.parent, parent != pointer else { break }
        exit(XMLNode(parent))
        climbing = parent
      }
    }
  }

  /// Every descendant element with this local name, in document order,
  /// including matches nested inside matches (as recovery from a broken item
  /// can leave the following items inside it).
  func descendants(named localName: String, limit: Int) -> [XMLNode] {
    var result: [XMLNode] = []
    walk { node in
      guard node.isElement, result.count <= limit else { return false }
      if node.name == localName { result.append(node) }
      return true
    } exit: { _ in
    }
    return result
  }

  /// The `xml:base` values from the root down to this node.
  var baseChain: [String] {
    var bases: [String] = []
    var current: xmlNodePtr? = pointer
    while let node = current, node.pointee.type == XML_ELEMENT_NODE {
      if let base = XMLNode(node).attribute(
        "base", namespace: "http://www.w3.org/XML/1998/namespace")
      {
        bases.append(base)
      }
      current = node.pointee.parent
    }
    return bases.reversed()
  }
}
