import BylineScreen
import BylineStore

/// An article's text as the reader shows it, before it is split into graphemes:
/// sanitised title, meta line and paragraphs, and the header lines given to the
/// recognizer as context.
///
/// Both the reader pane (`ReaderDocument`) and the store's entity cache
/// (`DocumentAnalyzer`) start here, so they recognize exactly the same text.
struct ReaderText: Sendable {
  var title: String
  var meta: String
  var paragraphs: [String]
  /// True when the body was cut at `ReaderDocument.maximumBodyCharacters`.
  var isTruncated: Bool
  /// `Source` and `Author`, sanitised, for the recognizer.
  var header: [(String, String)]

  /// - Parameter withMeta: false leaves `meta` empty (recognition does not read it).
  init(article: Article, dateFormat: DateFormat = .iso, withMeta: Bool = true) {
    let summary = article.summary
    title = Self.title(of: summary)
    var body = Sanitizer.displayText(article.body)
    isTruncated = false
    // Counting graphemes is linear; only long bodies can be over the limit.
    if body.utf8.count > ReaderDocument.maximumBodyCharacters,
      body.count > ReaderDocument.maximumBodyCharacters
    {
      body = String(body.prefix(ReaderDocument.maximumBodyCharacters))
      isTruncated = true
    }
    meta = withMeta ? MetaLine.text(for: summary, dateFormat: dateFormat) : ""
    paragraphs = Paragraphs.split(body)
    header = Self.header(of: summary)
  }

  /// The sanitised title, or "(untitled)".
  static func title(of summary: ArticleSummary) -> String {
    let title = Sanitizer.singleLine(summary.title)
    return title.isEmpty ? "(untitled)" : title
  }

  /// `Source` and `Author`, sanitised: the recognizer's context lines.
  static func header(of summary: ArticleSummary) -> [(String, String)] {
    [
      ("Source", Sanitizer.singleLine(summary.source)),
      ("Author", Sanitizer.singleLine(summary.author)),
    ]
  }

  /// The text the recognizer reads: header lines, a blank line, then the
  /// title and paragraphs separated by blank lines; with the UTF-8 offset
  /// where each part (0 = title, then each paragraph) starts, and where the
  /// header ends (mentions before it are context, not shown).
  var recognitionInput: (text: String, headerEnd: Int, partStarts: [Int]) {
    MentionLocator.recognitionInput(parts: [title] + paragraphs, header: header)
  }
}
