/// How to read imported text.
public enum ImportKind: Sendable, Equatable {
  /// Plain text, optionally with an article header.
  case text
  /// Markdown, optionally with an article header or YAML front matter.
  case markdown
  /// Decide from the content: Markdown when it looks like Markdown, else text.
  case automatic

  /// The kind for a file name: `.md`/`.markdown`/… are Markdown, `.txt`/`.text` text,
  /// anything else (including standard input) is decided from the content.
  public static func forName(_ name: String) -> ImportKind {
    let lower = name.lowercased()
    for suffix in [".md", ".markdown", ".mdown", ".mkd", ".mkdn"] where lower.hasSuffix(suffix) {
      return .markdown
    }
    for suffix in [".txt", ".text"] where lower.hasSuffix(suffix) {
      return .text
    }
    return .automatic
  }

  /// File name suffixes that a directory import picks up; other files are skipped.
  static let importableSuffixes = [".txt", ".text", ".md", ".markdown", ".mdown", ".mkd", ".mkdn"]

  /// Whether `body` looks like Markdown: a leading `#` heading, a fence, or a link.
  static func looksLikeMarkdown(_ body: String) -> Bool {
    let lines = ArticleFile.normalizedLines(body).prefix(400)
    if let first = lines.first(where: { !ArticleFile.isBlank($0) }),
      MarkdownText.headingText(first.drop { $0 == " " }) != nil
    {
      return true
    }
    return lines.contains { line in
      let trimmed = line.drop { $0 == " " }
      return trimmed.hasPrefix("```") || (line.contains("](") && line.contains("["))
        || trimmed.hasPrefix("**")
    }
  }
}
