/// Accumulates rendered text as paragraphs of lines, collapsing whitespace
/// the way a browser does outside `<pre>`.
struct TextBuilder {
  /// The most Unicode scalars kept; the rest is dropped.
  let limit: Int
  private var paragraphs: [String] = []
  private var lines: [String] = []
  /// The current line, as UTF-8 (appending bytes is much faster than
  /// appending scalars to a String).
  private var line: [UInt8] = []
  private var pendingSpace = false
  private var count = 0

  init(limit: Int) {
    self.limit = limit
  }

  /// True once `limit` characters have been kept.
  var isFull: Bool { count >= limit }

  /// Appends text, collapsing runs of whitespace to one space unless
  /// `preformatted`, where line breaks are kept.
  mutating func append(_ text: String, preformatted: Bool = false) {
    for scalar in text.unicodeScalars {
      guard count < limit else { return }
      if preformatted {
        if scalar == "\n" {
          lineBreak()
        } else if scalar != "\r" {
          put(scalar)
        }
      } else if scalar.isCollapsibleSpace {
        pendingSpace = true
      } else {
        if pendingSpace && !line.isEmpty { put(" ") }
        pendingSpace = false
        put(scalar)
      }
    }
  }

  /// Starts a new line (a `<br>`, a list item).
  mutating func lineBreak() {
    while let last = line.last, last == 0x20 { line.removeLast() }
    lines.append(String(decoding: line, as: UTF8.self))
    line.removeAll(keepingCapacity: true)
    pendingSpace = false
  }

  /// Ends the paragraph if it has any text.
  mutating func paragraphBreak() {
    if !line.isEmpty { lineBreak() }
    pendingSpace = false
    while let last = lines.last, last.isEmpty { lines.removeLast() }
    while let first = lines.first, first.isEmpty { lines.removeFirst() }
    guard !lines.isEmpty else {
      lines = []
      return
    }
    paragraphs.append(lines.joined(separator: "\n"))
    lines = []
  }

  /// Starts a line with a prefix such as `• `, on a fresh line.
  mutating func startLine(prefix: String) {
    if !line.isEmpty { lineBreak() }
    line = Array(prefix.utf8)
    pendingSpace = false
  }

  /// The paragraphs so far, separated by blank lines.
  mutating func finish() -> String {
    paragraphBreak()
    return paragraphs.joined(separator: "\n\n")
  }

  private mutating func put(_ scalar: Unicode.Scalar) {
    if scalar.isASCII {
      line.append(UInt8(truncatingIfNeeded: scalar.value))
    } else {
      UTF8.encode(scalar) { line.append($0) }
    }
    count += 1
  }
}
