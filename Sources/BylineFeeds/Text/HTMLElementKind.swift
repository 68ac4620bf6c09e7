/// How the HTML-to-text renderer treats each element.
enum HTMLElementKind {
  /// Dropped with everything inside it.
  case skipped
  /// A paragraph of its own.
  case block
  /// A list container; its items become `• ` lines.
  case list
  /// A list item.
  case listItem
  /// A line break.
  case lineBreak
  /// Whitespace-preserving text.
  case preformatted
  /// A table row: one line.
  case tableRow
  /// A table cell: separated from the next by a space.
  case tableCell
  /// Text that flows with its surroundings.
  case inline

  /// The kind of the element named `name` (lowercase).
  init(name: String) {
    switch name {
    case "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe",
      "template", "svg", "math", "button", "select", "textarea", "input", "object", "embed",
      "canvas", "head", "title", "meta", "link", "audio", "video", "map", "dialog", "menu":
      self = .skipped
    case "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
      "blockquote", "table", "figure", "figcaption", "hr", "address", "center", "details",
      "summary", "body", "html", "dl", "dt", "dd", "fieldset", "caption", "hgroup", "q":
      self = name == "q" ? .inline : .block
    case "ul", "ol":
      self = .list
    case "li":
      self = .listItem
    case "br":
      self = .lineBreak
    case "pre", "listing", "xmp", "plaintext":
      self = .preformatted
    case "tr":
      self = .tableRow
    case "td", "th":
      self = .tableCell
    default:
      self = .inline
    }
  }
}
