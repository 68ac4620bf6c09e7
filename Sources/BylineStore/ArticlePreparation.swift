import Foundation

/// An imported article ready to store: its normalised file and its id.
struct PreparedArticle: Equatable, Sendable {
  var file: ArticleFile
  /// The id it is stored under: from its feed GUID, else its link, else its content.
  var id: ArticleID
  /// The id its content alone gives (how stores before GUID/link identity named it);
  /// an article stored under either id is already present.
  var contentID: ArticleID
  /// The article's people and organizations, when an analyzer ran at import.
  var entities: [ArticleEntity]? = nil
}

/// Turns imported text into the store's article format.
///
/// Markdown is converted to plain paragraphs; a missing title comes from the
/// first heading or the first non-empty line; a missing date becomes the
/// import time and is marked `Date-Source: import time`. Header fields keep
/// their order, and unknown ones (such as `License`) are kept.
enum ArticlePreparation {
  /// The longest first line taken whole as a title; longer ones are cut.
  static let maxTitleLine = 200

  /// Prepares `text` (named `name` in errors) for the store.
  ///
  /// - Throws: `StoreError.empty` for blank text, `.notText` for text with NUL.
  static func prepare(
    _ text: String, name: String, kind: ImportKind, now: Date
  ) throws(StoreError) -> PreparedArticle {
    if ArticleFile.containsByte(0, in: text) {
      throw StoreError.notText(name: name, reason: "it has a NUL byte")
    }
    guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace && $0 != "\u{FEFF}" })
    else { throw StoreError.empty(name: name) }

    var source = text
    var frontMatter: [(String, String)] = []
    let resolved = kind == .automatic ? sniff(text) : kind
    if resolved == .markdown, let (fields, rest) = FrontMatter.split(text) {
      frontMatter = fields
      source = rest
    }
    var file = ArticleFile.parse(source)
    for (key, value) in frontMatter where file.value(key) == nil {
      file.setValue(value, for: key)
    }

    var title = file.title
    var body = file.body
    if resolved == .markdown {
      title = title.map { MarkdownInline.plain($0) }
      let converted = MarkdownText.convert(body)
      body = converted.body
      if let heading = converted.heading {
        if title == nil {
          title = heading
        } else if ArticleIdentity.normalized(heading) != ArticleIdentity.normalized(title ?? "") {
          body = body.isEmpty ? heading : heading + "\n\n" + body
        }
      }
    }
    if title == nil { (title, body) = titleFromFirstLine(body) }
    // Markdown can leave a body of blank lines (inline code of tabs, say),
    // which a file would read back as no body at all.
    body = ArticleFile.storedBody(body)
    let finalTitle = ArticleIdentity.normalized(ArticleFile.singleLine(title ?? ""))
    guard !finalTitle.isEmpty || !body.isEmpty else { throw StoreError.empty(name: name) }

    if file.value("Title") == nil {
      file.header.insert(.field(key: "Title", value: finalTitle), at: 0)
    } else {
      file.setValue(finalTitle, for: "Title")
    }
    if file.dateText == nil {
      file.setValue(ArticleDate.format(now), for: "Date")
      file.setValue(ArticleFile.importTimeDateSource, for: "Date-Source")
    }
    file.body = body
    let contentID = ArticleIdentity.id(title: finalTitle, body: body)
    return PreparedArticle(
      file: file, id: ArticleIdentity.id(of: file) ?? contentID, contentID: contentID)
  }

  /// Markdown when the body (after any header) looks like Markdown, else text.
  static func sniff(_ text: String) -> ImportKind {
    if FrontMatter.split(text) != nil { return .markdown }
    return ImportKind.looksLikeMarkdown(ArticleFile.parse(text).body) ? .markdown : .text
  }

  /// The first non-empty line as a title, and the body without it.
  ///
  /// A first line longer than `maxTitleLine` stays in the body and the title
  /// is its first words, cut at a word boundary with `…`.
  static func titleFromFirstLine(_ body: String) -> (String?, String) {
    var lines = ArticleFile.normalizedLines(body)
    guard let index = lines.firstIndex(where: { !ArticleFile.isBlank($0) }) else {
      return (nil, body)
    }
    let line = lines[index].trimmingSpacesAndTabs
    if line.count > maxTitleLine {
      var cut = String(line.prefix(80))
      if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
      return (cut + "\u{2026}", body)
    }
    lines.removeSubrange(0...index)
    while let first = lines.first, ArticleFile.isBlank(first) { lines.removeFirst() }
    return (line, lines.joined(separator: "\n"))
  }
}
