import Foundation

/// A CoNLL document with gold labels, for training and evaluation.
public struct LabeledDocument: Sendable {
  /// The tokens (joined by spaces, sentences by newlines) and sentences.
  public var document: TokenizedDocument
  /// Gold BILOU class per token.
  var gold: [UInt8]

  /// Gold entity spans, in order.
  public var goldSpans: [EntitySpan] { BILOU.spans(gold, in: 0..<gold.count) }
}

/// Reads CoNLL-2003 style files: `TOKEN ... TAG` per line (IOB1 or IOB2 tags
/// in the last column), blank lines between sentences, `-DOCSTART-` between
/// documents.
public enum CoNLLCorpus {
  /// Reads and parses the file at `path`.
  ///
  /// - Throws: `EntityModelError.unreadable` when the file cannot be read.
  public static func read(path: String) throws(EntityModelError) -> [LabeledDocument] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path: path, reason: "cannot read the CoNLL file")
    }
    return parse([UInt8](data))
  }

  /// Parses CoNLL bytes into documents.
  public static func parse(_ bytes: [UInt8]) -> [LabeledDocument] {
    var documents: [LabeledDocument] = []
    var builder = Builder()
    var lineStart = 0
    while lineStart < bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
      var contentEnd = lineEnd
      if contentEnd > lineStart, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
      let line = bytes[lineStart..<contentEnd]
      if line.starts(with: Array("-DOCSTART-".utf8)) {
        if let document = builder.finish() { documents.append(document) }
        builder = Builder()
      } else if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
        builder.endSentence()
      } else {
        builder.add(line: line)
      }
      lineStart = lineEnd + 1
    }
    if let document = builder.finish() { documents.append(document) }
    return documents
  }

  private struct Builder {
    var document = TokenizedDocument(bytes: [])
    var gold: [UInt8] = []
    var sentenceTags: [(type: Int, begin: Bool)?] = []
    var newSentence = true

    mutating func add(line: ArraySlice<UInt8>) {
      let tokenEnd = line.firstIndex(where: { $0 == 0x09 || $0 == 0x20 }) ?? line.endIndex
      let tagStart = (line.lastIndex(where: { $0 == 0x09 || $0 == 0x20 }) ?? line.startIndex)
      let tag = tokenEnd == line.endIndex ? [] : Array(line[(tagStart + 1)...])
      if !document.bytes.isEmpty { document.bytes.append(newSentence ? 0x0A : 0x20) }
      let start = document.bytes.count
      document.bytes.append(contentsOf: line[line.startIndex..<tokenEnd])
      document.append(start: start, end: document.bytes.count, startsSentence: newSentence)
      newSentence = false
      sentenceTags.append(Self.parseTag(tag))
    }

    static func parseTag(_ tag: [UInt8]) -> (type: Int, begin: Bool)? {
      guard tag.count > 2, tag[1] == UInt8(ascii: "-") else { return nil }
      guard let type = NERType(code: String(decoding: tag[2...], as: UTF8.self)) else { return nil }
      return (type.rawValue, tag[0] == UInt8(ascii: "B"))
    }

    mutating func endSentence() {
      gold.append(contentsOf: BILOU.fromIOB2(sentenceTags))
      sentenceTags.removeAll()
      newSentence = true
    }

    mutating func finish() -> LabeledDocument? {
      endSentence()
      guard document.tokenCount > 0 else { return nil }
      return LabeledDocument(document: document, gold: gold)
    }
  }
}
