/// Recognises hidden elements and page boilerplate (share bars, cookie
/// banners, subscription boxes, ads) by their attributes.
enum Boilerplate {
  private static let words: Set<String> = [
    "share", "sharing", "social", "cookie", "cookies", "consent", "subscribe", "subscription",
    "newsletter", "signup", "ad", "ads", "advert", "advertisement", "adslot", "sponsor",
    "sponsored", "promo", "promotion", "related", "recommended", "comments", "comment",
    "sidebar", "popup", "modal", "banner", "breadcrumb", "breadcrumbs", "paywall", "outbrain",
    "taboola", "skip", "sr-only", "visually-hidden", "hidden", "print-only", "toolbar",
    "masthead", "menu", "footer", "nav", "navigation",
  ]

  /// Words that mark a likely content wrapper, which is never dropped.
  private static let keepWords: Set<String> = [
    "article", "body", "content", "main", "story", "post", "entry", "text", "page", "wrapper",
    "container", "layout", "column",
  ]

  /// True when the element should not be rendered.
  static func isDropped(_ node: XMLNode) -> Bool {
    if node.attribute("hidden") != nil { return true }
    if let value = node.attribute("aria-hidden"), value.lowercased() == "true" { return true }
    if let style = node.attribute("style") {
      let compact = style.lowercased().filter { $0 != " " }
      if compact.contains("display:none") || compact.contains("visibility:hidden") {
        return true
      }
    }
    if let role = node.attribute("role")?.lowercased(),
      ["navigation", "banner", "complementary", "contentinfo", "dialog", "alert"].contains(role)
    {
      return true
    }
    let name = node.lowercasedName
    if name == "html" || name == "body" || name == "main" || name == "article" { return false }
    for name in ["class", "id"] {
      guard let value = node.attribute(name), !value.isEmpty, value.count < 500 else { continue }
      let tokens = value.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
      // A wrapper such as `page has-sidebar` or `article-content` is kept.
      if tokens.contains(where: keepWords.contains) { continue }
      if tokens.contains(where: words.contains) { return true }
    }
    return false
  }
}
