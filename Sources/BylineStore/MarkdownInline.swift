/// Inline Markdown to plain text: emphasis, code spans, links, images, escapes.
///
/// Searches for closing marks look at most `window` characters ahead and
/// share one step budget proportional to the input, so hostile input (a
/// megabyte of `[` or `*a `) takes linear time: once the budget is spent,
/// the rest of the text is kept as it is.
struct MarkdownInline {
  /// How far ahead a closing bracket, backtick or emphasis mark is looked for.
  static let window = 1000
  /// Scanning steps allowed per input character (plus a fixed allowance).
  static let stepsPerCharacter = 4

  private let chars: [Character]
  private var budget: Int

  private init(_ chars: [Character]) {
    self.chars = chars
    budget = chars.count * Self.stepsPerCharacter + 10_000
  }

  /// `text` without inline Markdown syntax.
  static func plain<S: StringProtocol>(_ text: S) -> String {
    var scanner = MarkdownInline(Array(text))
    return String(scanner.plain(0..<scanner.chars.count))
  }

  private mutating func plain(_ range: Range<Int>) -> [Character] {
    var out: [Character] = []
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      let c = chars[i]
      let next: Character? = i + 1 < end ? chars[i + 1] : nil
      if c == "\\", let next, next.isPunctuation || next.isSymbol {
        out.append(next)
        i += 2
      } else if c == "`" {
        if let (content, after) = codeSpan(i, end) {
          out += content
          i = after
        } else {
          // No closer for this run: keep the whole run, so it is not rescanned.
          while i < end, chars[i] == "`" {
            out.append("`")
            i += 1
          }
        }
      } else if c == "!", next == "[", let (label, after) = link(i + 1, end) {
        out += plain(label)
        i = after
      } else if c == "[", let (label, after) = link(i, end) {
        out += plain(label)
        i = after
      } else if c == "<", let (url, after) = autolink(i, end) {
        out += url
        i = after
      } else if c == "*" || c == "_" || c == "~", let (inner, after) = emphasis(i, end) {
        out += plain(inner)
        i = after
      } else {
        out.append(c)
        i += 1
      }
    }
    return out
  }

  /// The last index a search starting at `start` may look at (none once the budget is spent).
  private func searchLimit(_ start: Int, _ end: Int) -> Int {
    budget > 0 ? min(end, start + Self.window) : start
  }

  /// Charges a search that looked from `start` to `stop` to the budget.
  private mutating func spend(_ start: Int, _ stop: Int) {
    budget -= max(1, stop - start)
  }

  /// A code span at `start`: its content and the index after it.
  private mutating func codeSpan(_ start: Int, _ end: Int) -> ([Character], Int)? {
    var ticks = 0
    while start + ticks < end, chars[start + ticks] == "`" { ticks += 1 }
    var i = start + ticks
    let limit = searchLimit(i, end)
    defer { spend(start, i) }
    while i < limit {
      guard chars[i] == "`" else {
        i += 1
        continue
      }
      var run = 0
      while i + run < end, chars[i + run] == "`" { run += 1 }
      if run == ticks {
        var content = chars[(start + ticks)..<i]
        if content.count > 1, content.first == " ", content.last == " " {
          content = content.dropFirst().dropLast()
        }
        return (Array(content), i + run)
      }
      i += run
    }
    return nil
  }

  /// `[label](url)`, `[label][ref]` or `[label][]` at `start`: the label's range and the index after.
  private mutating func link(_ start: Int, _ end: Int) -> (Range<Int>, Int)? {
    guard let close = matching(start, end, open: "[", close: "]") else { return nil }
    let after = close + 1
    guard after < end, chars[after] == "(" || chars[after] == "[" else { return nil }
    let closer: Character = chars[after] == "(" ? ")" : "]"
    guard let last = matching(after, end, open: chars[after], close: closer) else { return nil }
    return ((start + 1)..<close, last + 1)
  }

  /// The index of the bracket closing the one at `start`, honouring nesting and escapes.
  private mutating func matching(
    _ start: Int, _ end: Int, open: Character, close: Character
  ) -> Int? {
    var depth = 0
    var i = start
    let limit = searchLimit(start, end)
    defer { spend(start, i) }
    while i < limit {
      if chars[i] == "\\" {
        i += 2
        continue
      }
      if chars[i] == open { depth += 1 }
      if chars[i] == close {
        depth -= 1
        if depth == 0 { return i }
      }
      i += 1
    }
    return nil
  }

  /// `<https://…>` or `<mailto:…>` at `start`: the address and the index after.
  private mutating func autolink(_ start: Int, _ end: Int) -> ([Character], Int)? {
    let limit = searchLimit(start, end)
    let close = chars[start..<limit].firstIndex(of: ">")
    spend(start, close ?? limit)
    guard let close else { return nil }
    let inner = chars[(start + 1)..<close]
    let lower = String(inner.prefix(8)).lowercased()
    guard !inner.contains(" "),
      lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:")
    else { return nil }
    return (Array(inner), close + 1)
  }

  /// An emphasis run (`*x*`, `**x**`, `_x_`, `~~x~~`) at `start`: the content's range and the index after.
  ///
  /// The opener must be followed by a non-space and the closer preceded by
  /// one; underscores never open or close inside a word (`snake_case` stays).
  private mutating func emphasis(_ start: Int, _ end: Int) -> (Range<Int>, Int)? {
    let mark = chars[start]
    var run = 0
    while start + run < end, chars[start + run] == mark, run < 3 { run += 1 }
    if mark == "~" && run != 2 { return nil }
    let contentStart = start + run
    guard contentStart < end, !chars[contentStart].isWhitespace else { return nil }
    if mark == "_", start > 0, chars[start - 1].isLetter || chars[start - 1].isNumber { return nil }
    var i = contentStart + 1
    let limit = searchLimit(contentStart, end)
    defer { spend(contentStart, i) }
    while i + run <= limit {
      if chars[i..<(i + run)].allSatisfy({ $0 == mark }), !chars[i - 1].isWhitespace {
        let after = i + run
        let followedByMark = after < end && chars[after] == mark
        let intraword =
          mark == "_" && after < end && (chars[after].isLetter || chars[after].isNumber)
        if !followedByMark && !intraword { return (contentStart..<i, after) }
      }
      i += 1
    }
    return nil
  }
}
