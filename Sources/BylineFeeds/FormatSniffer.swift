/// Decides by content which format a file is in, from its first few KiB.
enum FormatSniffer {
  /// What the start of a file looks like.
  enum Guess: Equatable {
    /// An XML document whose root is `rss`, `rdf:RDF` or `feed`.
    case xmlFeed
    /// An object that may be a JSON Feed.
    case json
    /// An HTML (or XHTML) page.
    case html
    /// None of these.
    case other
  }

  private static let feedRoots: Set<String> = ["rss", "rdf:rdf", "feed", "rdf"]

  /// The format the start of `bytes` suggests.
  ///
  /// Only text starting (after white space and a byte order mark) with `<`
  /// or `{` can be a feed or a page; anything else is decided at once.
  static func guess(_ bytes: [UInt8]) -> Guess {
    let start = asciiPrefix(bytes, limit: 256).unicodeScalars
    guard let first = start.first(where: { !" \t\r\n\u{0C}".unicodeScalars.contains($0) }) else {
      return .other
    }
    if first == "{" { return .json }
    guard first == "<" else { return .other }
    let text = asciiPrefix(bytes, limit: 4_096)
    let root = firstElementName(text)
    if let root {
      if feedRoots.contains(root) || root.hasSuffix(":rdf") { return .xmlFeed }
      if root == "html" || root == "head" || root == "body" { return .html }
    }
    if text.contains("<!doctype html") { return .html }
    let head = String(text.prefix(1_024))
    if head.contains("<html") || head.contains("<head") || head.contains("<body") {
      return .html
    }
    return .other
  }

  /// The lowercased name of the first start tag, skipping the XML
  /// declaration, processing instructions, comments and the doctype.
  static func firstElementName(_ text: String) -> String? {
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "<") {
      rest = rest[rest.index(after: open)...]
      if rest.hasPrefix("!--") {
        guard let end = rest.range(of: "-->") else { return nil }
        rest = rest[end.upperBound...]
      } else if rest.hasPrefix("?") || rest.hasPrefix("!") {
        guard let end = rest.firstIndex(of: ">") else { return nil }
        rest = rest[end...]
      } else {
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == ":" || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name)
      }
    }
    return nil
  }

  /// The first `limit` characters, lowercased, with UTF-16 and UTF-32
  /// (with or without a byte order mark) read as their code units; bytes of
  /// other encodings above ASCII become `?`.
  static func asciiPrefix(_ bytes: [UInt8], limit: Int) -> String {
    let b = bytes.prefix(limit * 4)
    let n = b.count
    var width = 1
    var bigEndian = false
    var skip = 0
    if n >= 4, b[0] == 0, b[1] == 0 {
      (width, bigEndian) = (4, true)
    } else if n >= 4, b[1] == 0, b[2] == 0, b[3] == 0 {
      (width, bigEndian) = (4, false)
    } else if n >= 2, (b[0] == 0xFE && b[1] == 0xFF) || b[0] == 0 {
      (width, bigEndian) = (2, true)
    } else if n >= 2, (b[0] == 0xFF && b[1] == 0xFE) || b[1] == 0 {
      (width, bigEndian) = (2, false)
    } else if n >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF {
      skip = 3
    }
    var result = ""
    var index = skip
    var count = 0
    while index + width <= n && count < limit {
      count += 1
      var value: UInt32 = 0
      for offset in 0..<width {
        let byte = UInt32(b[index + (bigEndian ? offset : width - 1 - offset)])
        value = value << 8 | byte
      }
      index += width
      if value == 0xFEFF { continue }
      if value < 0x80, let scalar = Unicode.Scalar(value) {
        result.unicodeScalars.append(scalar)
      } else {
        result += "?"
      }
    }
    return result.lowercased()
  }
}
