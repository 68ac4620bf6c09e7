import Foundation

/// Derives an article's id from its content.
///
/// The id is the first `ArticleID.length` hex digits of SHA-256 over the
/// normalised title and body: Unicode NFC, every run of whitespace one
/// space, paragraphs (separated by blank lines) joined by one blank line.
/// So the same article imported twice, with CRLF or LF, re-wrapped lines or
/// from Markdown, gets the same id and is detected as already present.
public enum ArticleIdentity {
  /// The id for an article with this title and body.
  public static func id(title: String, body: String) -> ArticleID {
    let key = "byline-article-v1\n" + normalized(title) + "\n\n" + normalizedBody(body)
    return ArticleID(String(SHA256.hex(key.utf8).prefix(ArticleID.length)))
  }

  /// `text` in NFC with whitespace runs collapsed to one space and trimmed.
  static func normalized<S: StringProtocol>(_ text: S) -> String {
    String(text).precomposedStringWithCanonicalMapping
      .split(whereSeparator: { $0.isWhitespace })
      .joined(separator: " ")
  }

  /// Paragraphs of `body`, each normalised, joined by one blank line.
  static func normalizedBody(_ body: String) -> String {
    var paragraphs: [String] = []
    var current: [Substring] = []
    for line in ArticleFile.normalizedLines(body) {
      if ArticleFile.isBlank(line) {
        if !current.isEmpty { paragraphs.append(normalized(current.joined(separator: " "))) }
        current = []
      } else {
        current.append(line)
      }
    }
    if !current.isEmpty { paragraphs.append(normalized(current.joined(separator: " "))) }
    return paragraphs.filter { !$0.isEmpty }.joined(separator: "\n\n")
  }
}
