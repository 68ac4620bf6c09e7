/// Turns Markdown into the store's plain text, so the reader never shows raw markup.
///
/// Headings lose their `#`, emphasis markers (`*`, `_`, `**`, `__`, `~~`) and
/// code backticks go, `[text](url)` and `![alt](url)` become their text,
/// reference definitions and horizontal rules are dropped, block quote
/// markers go, list bullets become `•`, and fenced code keeps its lines
/// without the fences. Soft-wrapped lines of a paragraph are joined.
enum MarkdownText {
  /// A converted document: the first heading (when the text starts with one) and the body.
  struct Converted: Equatable {
    var heading: String?
    var body: String
  }

  /// Converts a Markdown body to paragraphs of plain text.
  static func convert(_ markdown: String) -> Converted {
    var blocks = Blocks()
    var fence: String?
    for rawLine in ArticleFile.normalizedLines(markdown) {
      let line = String(rawLine)
      let trimmed = line.drop { $0 == " " }
      if let marker = fence {
        if trimmed.hasPrefix(marker), trimmed.dropFirst(marker.count).allSatisfy({ $0 == " " }) {
          fence = nil
          blocks.flush()
        } else {
          blocks.addVerbatim(line)
        }
        continue
      }
      let indent = line.count - trimmed.count
      if indent < 4, trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        blocks.flush()
        fence = String(trimmed.prefix(3))
        continue
      }
      if ArticleFile.isBlank(rawLine) {
        blocks.flush()
      } else if let heading = headingText(trimmed) {
        blocks.flush()
        blocks.addHeading(MarkdownInline.plain(heading))
      } else if isSetextUnderline(trimmed), blocks.hasOpenParagraph {
        blocks.promoteToHeading()
      } else if isRule(trimmed) || isReferenceDefinition(trimmed) {
        blocks.flush()
      } else {
        blocks.addLine(stripContainers(trimmed))
      }
    }
    blocks.flush()
    return Converted(
      heading: blocks.leadingHeading, body: blocks.paragraphs.joined(separator: "\n\n"))
  }

  /// The text of an ATX heading (`# Title #`), or nil when `line` is not one.
  static func headingText(_ line: Substring) -> Substring? {
    let hashes = line.prefix { $0 == "#" }
    guard (1...6).contains(hashes.count) else { return nil }
    let rest = line.dropFirst(hashes.count)
    guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
    var text = rest.drop { $0 == " " || $0 == "\t" }
    while text.last == " " || text.last == "\t" { text = text.dropLast() }
    let closing = text.reversed().prefix { $0 == "#" }.count
    if closing > 0, closing == text.count || text.dropLast(closing).last == " " {
      text = text.dropLast(closing)
      while text.last == " " { text = text.dropLast() }
    }
    return text
  }

  private static func isSetextUnderline(_ line: Substring) -> Bool {
    let body = line.trimmingSpaces
    guard let first = body.first, first == "=" || first == "-" else { return false }
    return body.allSatisfy { $0 == first }
  }

  private static func isRule(_ line: Substring) -> Bool {
    let marks = line.filter { $0 != " " && $0 != "\t" }
    guard let first = marks.first, "-*_".contains(first), marks.count >= 3 else { return false }
    return marks.allSatisfy { $0 == first }
  }

  private static func isReferenceDefinition(_ line: Substring) -> Bool {
    guard line.first == "[", let close = line.firstIndex(of: "]") else { return false }
    let after = line[line.index(after: close)...]
    return after.first == ":" && after.count > 1 && !line[..<close].contains("[", after: 1)
  }

  /// Drops block-quote markers and turns list bullets into `•`.
  private static func stripContainers(_ line: Substring) -> String {
    var rest = line
    while rest.first == ">" {
      rest = rest.dropFirst()
      if rest.first == " " { rest = rest.dropFirst() }
    }
    rest = rest.drop { $0 == " " }
    if let first = rest.first, "-*+".contains(first), rest.dropFirst().first == " " {
      return "\u{2022} " + MarkdownInline.plain(rest.dropFirst(2))
    }
    return MarkdownInline.plain(rest)
  }
}

extension Substring {
  fileprivate var trimmingSpaces: Substring {
    var text = drop { $0 == " " || $0 == "\t" }
    while text.last == " " || text.last == "\t" { text = text.dropLast() }
    return text
  }

  fileprivate func contains(_ character: Character, after offset: Int) -> Bool {
    dropFirst(offset).contains(character)
  }
}

/// Paragraph assembly for `MarkdownText`.
private struct Blocks {
  var paragraphs: [String] = []
  var leadingHeading: String?
  private var lines: [String] = []
  private var verbatim = false

  var hasOpenParagraph: Bool { !lines.isEmpty && !verbatim }

  mutating func addLine(_ line: String) {
    if line.isEmpty { return }
    // Bullets start a new line; other lines continue the previous one.
    if let last = lines.last, !line.hasPrefix("\u{2022} "), !verbatim {
      lines[lines.count - 1] = last + " " + line
    } else {
      lines.append(line)
    }
  }

  mutating func addVerbatim(_ line: String) {
    if !verbatim { flush() }
    verbatim = true
    lines.append(line)
  }

  mutating func addHeading(_ text: String) {
    if text.isEmpty { return }
    if paragraphs.isEmpty && leadingHeading == nil {
      leadingHeading = text
    } else {
      paragraphs.append(text)
    }
  }

  mutating func promoteToHeading() {
    let text = lines.joined(separator: " ")
    lines = []
    addHeading(text)
  }

  mutating func flush() {
    defer {
      lines = []
      verbatim = false
    }
    guard !lines.isEmpty else { return }
    if verbatim {
      // Blank lines inside code would read as paragraph breaks; drop them.
      paragraphs.append(
        lines.filter { !ArticleFile.isBlank(Substring($0)) }.joined(separator: "\n"))
    } else {
      paragraphs.append(lines.joined(separator: "\n"))
    }
  }
}
