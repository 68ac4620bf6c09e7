/// Splits article body text into paragraphs.
enum Paragraphs {
  /// Paragraphs separated by blank (or whitespace-only) lines.
  ///
  /// Single line breaks inside a paragraph are kept as hard breaks; surrounding spaces of
  /// each line are trimmed.
  static func split(_ body: String) -> [String] {
    var paragraphs: [String] = []
    var current: [Substring] = []
    // Split on the byte: a line feed is always a grapheme boundary, and
    // splitting the Characters of a long body was the slow part.
    for bytes in body.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
      // A line that starts and ends with a visible ASCII character has nothing
      // to trim (most lines); only others take the Character-by-Character path.
      let plain =
        bytes.first.map { isVisibleASCII($0) } == true
        && bytes.last.map { isVisibleASCII($0) } == true
      let trimmed = plain ? Substring(bytes) : Substring(bytes).trimmingSpaces()
      if trimmed.isEmpty {
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        current = []
      } else {
        current.append(trimmed)
      }
    }
    if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
    return paragraphs
  }

  /// A visible ASCII byte: a line that starts and ends with one has nothing to trim.
  @inline(__always)
  static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}

extension Paragraphs {
  /// True when `split(body)` joined by blank lines gives `body` back.
  ///
  /// That is: one empty line between paragraphs, none at either end, and no
  /// line with spaces to trim. Imported bodies are stored this way, so
  /// recognition can take such a body as it is instead of splitting and
  /// joining it.
  static func isCanonical(_ body: String) -> Bool {
    guard !body.isEmpty else { return true }
    var body = body
    return body.withUTF8 { bytes in
      var previousWasEmpty = true  // No empty line first.
      var lineStart = 0
      while true {
        var lineEnd = lineStart
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        if lineEnd == lineStart {
          if previousWasEmpty { return false }
          previousWasEmpty = true
        } else {
          previousWasEmpty = false
          if !isVisibleASCII(bytes[lineStart]) || !isVisibleASCII(bytes[lineEnd - 1]) {
            // Line feeds are scalar boundaries, so the line decodes as it is.
            let line = Substring(
              String(
                decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), as: UTF8.self))
            if line.trimmingSpaces().utf8.count != lineEnd - lineStart { return false }
          }
        }
        if lineEnd == bytes.count { return !previousWasEmpty }  // No empty line last.
        lineStart = lineEnd + 1
      }
    }
  }
}

extension Substring {
  func trimmingSpaces() -> Substring {
    var result = self
    while let first = result.first, first.isWhitespace { result.removeFirst() }
    while let last = result.last, last.isWhitespace { result.removeLast() }
    return result
  }
}
