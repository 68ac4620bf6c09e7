/// Plain text from feeds, turned into the store's paragraphs.
enum PlainText {
  /// Paragraphs split at blank lines; lines inside a paragraph keep their
  /// breaks, runs of spaces collapse.
  static func paragraphs(_ text: String, limit: Int) -> String {
    var builder = TextBuilder(limit: limit)
    var lineText = ""
    var blankRun = 0
    func flushLine() {
      let trimmed = lineText.trimmingWhitespace()
      if trimmed.isEmpty {
        blankRun += 1
        if blankRun == 1 { builder.paragraphBreak() }
      } else {
        blankRun = 0
        builder.append(trimmed)
        builder.lineBreak()
      }
      lineText = ""
    }
    var afterCarriageReturn = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" && afterCarriageReturn {
        afterCarriageReturn = false
        continue
      }
      afterCarriageReturn = scalar == "\r"
      if scalar == "\n" || scalar == "\r" {
        flushLine()
        if builder.isFull { break }
      } else {
        lineText.unicodeScalars.append(scalar)
      }
    }
    flushLine()
    return builder.finish()
  }
}
