import Foundation

/// Derives an article's id from its content.
///
/// The id is the first `ArticleID.length` hex digits of SHA-256 over the
/// normalised title and body: Unicode NFC, every run of whitespace one
/// space, paragraphs (separated by blank lines) joined by one blank line.
/// So the same article imported twice, with CRLF or LF, re-wrapped lines or
/// from Markdown, gets the same id and is detected as already present.
/// A feed item (or any article) that names itself is identified by that name
/// instead: its `GUID` (with its source, since GUIDs are only unique within a
/// feed), else its `URL`. So an item re-fetched with an edited body, or the
/// same story imported from a saved page and from a feed with the same link,
/// is stored once. The store also treats an article whose content id exists
/// as present, so stores written before this keep no duplicates.
public enum ArticleIdentity {
  /// The id from the file's `GUID` or `URL` header; nil when it has neither.
  static func id(of file: ArticleFile) -> ArticleID? {
    if let guid = file.value("GUID")?.trimmingSpacesAndTabs, !guid.isEmpty {
      return hashed("byline-guid-v1\n" + (file.source ?? "") + "\n" + guid)
    }
    if let url = file.url?.trimmingSpacesAndTabs, !url.isEmpty {
      return hashed("byline-url-v1\n" + url)
    }
    return nil
  }

  private static func hashed(_ key: String) -> ArticleID {
    ArticleID(String(SHA256.hex(key.utf8).prefix(ArticleID.length)))
  }

  /// The id for an article with this title and body.
  public static func id(title: String, body: String) -> ArticleID {
    let key = "byline-article-v1\n" + normalized(title) + "\n\n" + normalizedBody(body)
    return ArticleID(String(SHA256.hex(key.utf8).prefix(ArticleID.length)))
  }

  /// `text` in NFC with whitespace runs collapsed to one space and trimmed.
  static func normalized<S: StringProtocol>(_ text: S) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return collapsedASCII(text.utf8) }
    if text.unicodeScalars.allSatisfy(isStableSingleScalar) { return collapsedScalars(text) }
    return unicodeNormalized(text)
  }

  /// Scalars that NFC leaves alone and that always form a grapheme of their own
  /// (Latin-1 and Latin Extended letters below the combining marks, and
  /// general punctuation such as curly quotes, dashes and the ellipsis).
  static func isStableSingleScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E: return true
    default: return false
    }
  }

  /// `unicodeNormalized` for text of stable single scalars: whitespace runs
  /// collapsed scalar by scalar (each scalar is its own Character here).
  static func collapsedScalars<S: StringProtocol>(_ text: S) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace { out.append(" ") }
        pendingSpace = false
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// The general case: NFC, then whitespace runs collapsed by `Character`.
  static func unicodeNormalized<S: StringProtocol>(_ text: S) -> String {
    String(text).precomposedStringWithCanonicalMapping
      .split(whereSeparator: { $0.isWhitespace })
      .joined(separator: " ")
  }

  /// `unicodeNormalized` for ASCII text, byte by byte (ASCII is already NFC, and its
  /// whitespace characters are tab, LF, VT, FF, CR, CRLF and space).
  static func collapsedASCII<C: Collection<UInt8>>(_ bytes: C) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var pendingSpace = false
    for byte in bytes {
      if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace { out.append(0x20) }
        pendingSpace = false
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
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
