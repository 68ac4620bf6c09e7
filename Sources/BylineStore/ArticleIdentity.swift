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
    collapsedStable(text.utf8) ?? unicodeNormalized(text)
  }

  /// `unicodeNormalized` for text whose scalars are all stable single scalars
  /// (`isStableSingleScalar`), in one pass over the UTF-8 bytes; nil for other text.
  ///
  /// The stable scalars that are whitespace are tab, LF, VT, FF, CR, space,
  /// U+0085 and U+00A0 (checked against `Unicode.Scalar.Properties` by a test).
  static func collapsedStable<C: Collection<UInt8>>(_ bytes: C) -> String? {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var pendingSpace = false
    var index = bytes.startIndex
    while index != bytes.endIndex {
      let lead = bytes[index]
      var value = UInt32(lead)
      var length = 1
      if lead >= 0x80 {
        // Strings hold valid UTF-8: the lead byte gives the length.
        length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        value = UInt32(lead) & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F)
        var next = bytes.index(after: index)
        for _ in 1..<length {
          guard next != bytes.endIndex else { return nil }
          value = value << 6 | UInt32(bytes[next] & 0x3F)
          next = bytes.index(after: next)
        }
        guard let scalar = Unicode.Scalar(value), isStableSingleScalar(scalar) else { return nil }
      }
      let isWhitespace =
        value == 0x20 || (value >= 0x09 && value <= 0x0D) || value == 0x85 || value == 0xA0
      if isWhitespace {
        pendingSpace = !out.isEmpty
        index = bytes.index(index, offsetBy: length)
      } else {
        if pendingSpace { out.append(0x20) }
        pendingSpace = false
        for _ in 0..<length {
          out.append(bytes[index])
          index = bytes.index(after: index)
        }
      }
    }
    return String(decoding: out, as: UTF8.self)
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

  /// The general case: NFC, then whitespace runs collapsed by `Character`.
  static func unicodeNormalized<S: StringProtocol>(_ text: S) -> String {
    String(text).precomposedStringWithCanonicalMapping
      .split(whereSeparator: { $0.isWhitespace })
      .joined(separator: " ")
  }

  /// Paragraphs of `body`, each normalised, joined by one blank line.
  static func normalizedBody(_ body: String) -> String {
    if let bytes = normalizedStableBody(body.utf8) { return String(decoding: bytes, as: UTF8.self) }
    return normalizedBodyByParagraphs(body)
  }

  /// `normalizedBody` in one pass over the bytes (nil only for a string
  /// without contiguous UTF-8).
  ///
  /// Lines end at LF (one CR before it is dropped); a line of only spaces and
  /// tabs ends a paragraph; inside a paragraph, line breaks and whitespace
  /// runs become one space; paragraphs with no content vanish. A paragraph
  /// with a scalar that is not a stable single scalar (CJK, combining marks,
  /// wide spaces) is redone through `normalized`, as the paragraph path does.
  static func normalizedStableBody(_ utf8: String.UTF8View) -> [UInt8]? {
    utf8.withContiguousStorageIfAvailable { all -> [UInt8] in
      var start = 0
      while all.count - start >= 3, all[start] == 0xEF, all[start + 1] == 0xBB,
        all[start + 2] == 0xBF
      {
        start += 3
      }
      var out: [UInt8] = []
      out.reserveCapacity(all.count - start)
      var hasContent = false  // The current paragraph has written something.
      var needsBreak = false  // A paragraph was written; the next one starts with "\n\n".
      var pendingSpace = false
      // The paragraph being read: its first line, where its output begins
      // and whether a break was due before it.
      var inParagraph = false
      var paragraphStart = start
      var paragraphOutput = 0
      var breakBefore = false
      // Before content is written: the paragraph break or the space it follows.
      func beginContent() {
        if !hasContent {
          if needsBreak { out.append(contentsOf: [0x0A, 0x0A]) }
          needsBreak = false
        } else if pendingSpace {
          out.append(0x20)
        }
        pendingSpace = false
        hasContent = true
      }
      var lineStart = start
      while lineStart <= all.count {
        let (lineEnd, afterLine) = line(all, from: lineStart)
        var next = afterLine
        if isBlankLine(all, lineStart..<lineEnd) {
          if hasContent { needsBreak = true }
          hasContent = false
          pendingSpace = false
          inParagraph = false
          lineStart = next
          continue
        }
        if !inParagraph {
          inParagraph = true
          paragraphStart = lineStart
          paragraphOutput = out.count
          breakBefore = needsBreak
        }
        var index = lineStart
        var stable = true
        while index < lineEnd {
          let lead = all[index]
          if lead > 0x20, lead < 0x80 {
            // A run of visible ASCII (a word, mostly) is copied at once.
            var runEnd = index + 1
            while runEnd < lineEnd, all[runEnd] > 0x20, all[runEnd] < 0x80 { runEnd += 1 }
            beginContent()
            out.append(contentsOf: UnsafeBufferPointer(rebasing: all[index..<runEnd]))
            index = runEnd
            continue
          }
          var value = UInt32(lead)
          var length = 1
          if lead >= 0x80 {
            length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard index + length <= lineEnd else {
              stable = false
              break
            }
            value = UInt32(lead) & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F)
            for offset in 1..<length { value = value << 6 | UInt32(all[index + offset] & 0x3F) }
            guard let scalar = Unicode.Scalar(value), isStableSingleScalar(scalar) else {
              stable = false
              break
            }
          }
          if value == 0x20 || (value >= 0x09 && value <= 0x0D) || value == 0x85 || value == 0xA0 {
            pendingSpace = hasContent
          } else {
            beginContent()
            if length == 1 {
              out.append(lead)
            } else {
              for offset in 0..<length { out.append(all[index + offset]) }
            }
          }
          index += length
        }
        if stable {
          pendingSpace = hasContent  // Lines of a paragraph are joined by a space.
        } else {
          // The general path for this paragraph: its lines joined by spaces, normalised.
          let (text, end) = paragraphText(all, from: paragraphStart)
          out.removeSubrange(paragraphOutput...)
          let paragraph = normalized(text)
          if paragraph.isEmpty {
            needsBreak = breakBefore
            hasContent = false
          } else {
            if breakBefore { out.append(contentsOf: [0x0A, 0x0A]) }
            out.append(contentsOf: paragraph.utf8)
            needsBreak = false
            hasContent = true
          }
          pendingSpace = false
          next = end
        }
        lineStart = next
      }
      return out
    }
  }

  /// The end of the line starting at `start` (before its LF, and before one
  /// CR ahead of that LF) and where the next line starts (past the end after
  /// the last line).
  @inline(__always)
  private static func line(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> (end: Int, next: Int) {
    var end = start
    while end < bytes.count, bytes[end] != 0x0A { end += 1 }
    let next = end + 1
    if end < bytes.count, end > start, bytes[end - 1] == 0x0D { end -= 1 }
    return (end, next)
  }

  /// True when `range` of `bytes` holds only spaces and tabs.
  private static func isBlankLine(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool
  {
    for index in range where bytes[index] != 0x20 && bytes[index] != 0x09 { return false }
    return true
  }

  /// The paragraph whose first line starts at `start`: its lines (one CR
  /// before each LF dropped) joined by spaces, and where the line after it
  /// starts (past the end when it is the last).
  private static func paragraphText(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> (String, Int) {
    var joined: [UInt8] = []
    var lineStart = start
    while lineStart <= bytes.count {
      let (lineEnd, next) = line(bytes, from: lineStart)
      if isBlankLine(bytes, lineStart..<lineEnd) { return (decoded(joined), lineStart) }
      if lineStart != start { joined.append(0x20) }
      joined.append(contentsOf: bytes[lineStart..<lineEnd])
      lineStart = next
    }
    return (decoded(joined), lineStart)
  }

  private static func decoded(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  /// `normalizedBody` paragraph by paragraph (any text, through `normalized`).
  static func normalizedBodyByParagraphs(_ body: String) -> String {
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
