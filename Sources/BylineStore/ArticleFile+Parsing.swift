import Foundation

extension ArticleFile {
  /// Parses article text; never fails.
  ///
  /// Without a recognisable header, all text is body.
  ///
  /// The first block of lines (up to the first blank line) is a header when
  /// its first line is a known `Key: value` field (`Title:`, `Date:`, …), or
  /// when every line in it is a `Key: value` field and one key is known.
  /// Lines starting with a space or tab continue the previous field. Other
  /// lines between fields are kept as unparsed header lines; such lines after
  /// the last field begin the body (a missing blank line).
  public static func parse(_ text: String) -> ArticleFile {
    var lines = normalizedLines(text)[...]
    // A BOM after a blank line would otherwise hide a header, which the same
    // text written without that line would reveal.
    dropBlankLinesAndBOMs(&lines)
    let start = lines.startIndex
    var end = start
    while end < lines.endIndex, !isBlank(lines[end]) { end += 1 }
    let hasCR = containsByte(0x0D, in: text)
    guard var header = headerLines(lines[start..<end]) else {
      return ArticleFile(header: [], body: joinedBody(lines[start...], hasCR: hasCR))
    }
    // Lines after the last field that are not fields start the body: the
    // author forgot the blank line ("Title: X" directly followed by text).
    var bodyStart = end
    while case .unparsed = header.last {
      header.removeLast()
      bodyStart -= 1
    }
    return ArticleFile(header: header, body: joinedBody(lines[bodyStart...], hasCR: hasCR))
  }

  /// Splits text into lines: drops leading BOMs and turns CRLF into LF.
  ///
  /// A CR that is not followed by LF is data and stays in its line.
  static func normalizedLines(_ text: String) -> [Substring] {
    var text = Substring(text)
    // Every leading BOM (a file converted twice has two), so rendering and
    // parsing again cannot reveal a header the second one hid.
    while text.unicodeScalars.first == "\u{FEFF}" {
      text = Substring(text.unicodeScalars.dropFirst())
    }
    return splitLines(text)
  }

  /// The body as a file holding it reads back: without blank lines at either
  /// end or BOMs at the start, CRLF turned into LF (an import prepares bodies this way, so the
  /// article stored is the article read).
  static func storedBody(_ body: String) -> String {
    let hasCR = containsByte(0x0D, in: body)
    func isEdge(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A }
    if !hasCR, let first = body.utf8.first, let last = body.utf8.last,
      !isEdge(first), first != 0xEF, !isEdge(last)
    {
      return body  // no blank first or last line, no BOM (EF BB BF) first, no CRLF
    }
    return joinedBody(splitLines(Substring(body))[...], hasCR: hasCR)
  }

  /// Splits text into lines at LF, dropping the CR of each CRLF.
  private static func splitLines(_ text: Substring) -> [Substring] {
    // "\r\n" is one Character in Swift, so split on the byte level (LF and CR
    // are single bytes, and the ends found are scalar boundaries).
    var lines: [Substring] = []
    let utf8 = text.utf8
    let scalars = text.unicodeScalars
    var lineStart = utf8.startIndex
    while let newline = utf8[lineStart...].firstIndex(of: 0x0A) {
      var lineEnd = newline
      if lineEnd > lineStart, utf8[utf8.index(before: lineEnd)] == 0x0D {
        lineEnd = utf8.index(before: lineEnd)
      }
      lines.append(Substring(scalars[lineStart..<lineEnd]))
      lineStart = utf8.index(after: newline)
    }
    lines.append(Substring(scalars[lineStart..<scalars.endIndex]))
    return lines
  }

  static func isBlank(_ line: Substring) -> Bool {
    line.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" }
  }

  /// The header lines of `block`, or nil when `block` is not a header.
  private static func headerLines(_ block: ArraySlice<Substring>) -> [HeaderLine]? {
    guard let first = block.first, let firstField = field(first) else { return nil }
    var lines: [HeaderLine] = []
    var allFields = true
    var anyKnown = false
    for line in block {
      if let (key, value) = field(line) {
        anyKnown = anyKnown || knownKeys.contains(key.lowercased())
        lines.append(.field(key: key, value: value))
      } else if let last = lines.last, case .field(let key, let value) = last,
        line.unicodeScalars.first == " " || line.unicodeScalars.first == "\t"
      {
        let more = line.trimmingSpacesAndTabs
        lines[lines.count - 1] = .field(key: key, value: value.isEmpty ? more : value + " " + more)
      } else {
        allFields = false
        lines.append(.unparsed(String(line)))
      }
    }
    let startsKnown = knownKeys.contains(firstField.0.lowercased())
    return startsKnown || (allFields && anyKnown) ? lines : nil
  }

  /// `(key, value)` when `line` is `Key: value` with a plausible key.
  static func field(_ line: Substring) -> (String, String)? {
    // Scalars, not Characters: a combining mark after `:` or the space must
    // not hide the field (`Title: \u{301}x` is still a title).
    let scalars = line.unicodeScalars
    guard let colon = scalars.firstIndex(of: ":") else { return nil }
    let key = Substring(scalars[..<colon])
    guard let head = key.unicodeScalars.first, isASCIILetter(head),
      key.unicodeScalars.count <= 64, key.unicodeScalars.allSatisfy(isKeyScalar)
    else { return nil }
    let rest = Substring(scalars[scalars.index(after: colon)...])
    let next = rest.unicodeScalars.first
    guard next == nil || next == " " || next == "\t" else { return nil }
    return (String(key), rest.trimmingSpacesAndTabs)
  }

  private static func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
    isASCIILetter(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
  }

  private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  /// The lines joined by LF, without blank lines at either end or BOMs at the start.
  ///
  /// - Parameter hasCR: false when the text has no CR, so no line lost one:
  ///   the lines are then one stretch of the text, taken as it is.
  private static func joinedBody(_ lines: ArraySlice<Substring>, hasCR: Bool) -> String {
    var lines = lines
    // BOMs that would open the body go too: a file without a header would
    // start with them, and reading drops a file's leading BOMs.
    dropBlankLinesAndBOMs(&lines)
    while let last = lines.last, isBlank(last) { lines.removeLast() }
    if !hasCR, let first = lines.first, let last = lines.last {
      return String(first.base[first.startIndex..<last.endIndex])
    }
    return lines.joined(separator: "\n")
  }

  /// Drops the blank lines and BOMs that come before the first text, in any order.
  private static func dropBlankLinesAndBOMs(_ lines: inout ArraySlice<Substring>) {
    while let first = lines.first {
      if first.unicodeScalars.first == "\u{FEFF}" {
        lines[lines.startIndex] = Substring(first.unicodeScalars.drop { $0 == "\u{FEFF}" })
      } else if isBlank(first) {
        lines.removeFirst()
      } else {
        return
      }
    }
  }

  /// Whether `text` holds `byte` in its UTF-8 (one pass over contiguous bytes).
  static func containsByte(_ byte: UInt8, in text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? text.utf8.contains(byte)
  }
}
