import BylineEntities

/// Runs a recognizer over a document's title and paragraphs and turns its
/// UTF-8 byte offsets into grapheme ranges per block.
enum MentionLocator {
  /// The mentions in the title and paragraphs of `blocks`.
  ///
  /// - Parameter header: `Key: value` lines (source, author) put before the
  ///   text as the article file has them, so the recognizer knows who wrote
  ///   and published it (`TechRadar Pro’s` then reads as the publication).
  ///   Mentions inside these lines are not returned.
  static func locate(
    in blocks: [DocumentBlock], header: [(String, String)] = [],
    using recognizer: any EntityRecognizer
  ) -> [DocumentMention] {
    let recognized = blocks.indices.filter { blocks[$0].role != .meta }
    return locate(
      in: blocks, parts: recognized.map { (block: $0, text: String(blocks[$0].text)) },
      header: header, using: recognizer)
  }

  /// The mentions in `parts` (the text of some of `blocks`, in order).
  static func locate(
    in blocks: [DocumentBlock], parts: [(block: Int, text: String)],
    header: [(String, String)], using recognizer: any EntityRecognizer
  ) -> [DocumentMention] {
    let (text, headerEnd, starts) = recognitionInput(parts: parts.map(\.text), header: header)
    var result: [DocumentMention] = []
    for mention in recognizer.mentions(in: text) where mention.start >= headerEnd {
      guard let slot = starts.lastIndex(where: { $0 <= mention.start }) else { continue }
      let blockIndex = parts[slot].block
      let base = starts[slot]
      guard
        let range = graphemeRange(
          utf8: (mention.start - base)..<(mention.end - base), in: blocks[blockIndex].text)
      else { continue }
      result.append(
        DocumentMention(
          block: blockIndex, range: range, kind: mention.kind, entity: mention.entity))
    }
    result.sort { ($0.block, $0.range.lowerBound) < ($1.block, $1.range.lowerBound) }
    return result
  }

  /// The text the recognizer reads: `Key: value` header lines, a blank line,
  /// then `parts` separated by blank lines; the UTF-8 offset where the
  /// header ends and where each part starts.
  static func recognitionInput(
    parts: [String], header: [(String, String)]
  ) -> (text: String, headerEnd: Int, partStarts: [Int]) {
    var text = ""
    for (key, value) in header where !value.isEmpty {
      text += "\(key): \(value)\n"
    }
    if !text.isEmpty { text += "\n" }
    let headerEnd = text.utf8.count
    var starts: [Int] = []
    starts.reserveCapacity(parts.count)
    for part in parts {
      if text.utf8.count > headerEnd { text += "\n\n" }
      starts.append(text.utf8.count)
      text += part
    }
    return (text, headerEnd, starts)
  }

  /// The graphemes covering a UTF-8 byte range, or nil if it is out of bounds.
  static func graphemeRange(utf8 range: Range<Int>, in characters: [Character]) -> Range<Int>? {
    guard range.lowerBound >= 0, range.upperBound > range.lowerBound else { return nil }
    var offset = 0
    var lower: Int?
    for (index, character) in characters.enumerated() {
      let next = offset + character.utf8.count
      if lower == nil, next > range.lowerBound { lower = index }
      if next >= range.upperBound, let lower { return lower..<(index + 1) }
      offset = next
    }
    return nil
  }
}
