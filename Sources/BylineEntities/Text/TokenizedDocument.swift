/// A document split into tokens and sentences, kept as UTF-8 bytes.
///
/// Tokens are byte ranges into `bytes`; sentences are consecutive token
/// ranges. Both the raw-text tokenizer and the CoNLL reader produce this, so
/// training, evaluation and the reader share one tagging path.
public struct TokenizedDocument: Sendable {
  /// The document's UTF-8 bytes.
  public var bytes: [UInt8]
  /// Start byte offset of each token.
  public var tokenStarts: [Int32]
  /// End byte offset (exclusive) of each token.
  public var tokenEnds: [Int32]
  /// Index of the first token of each sentence, in increasing order.
  public var sentenceStarts: [Int32]

  /// Creates an empty document over `bytes`.
  public init(bytes: [UInt8]) {
    self.bytes = bytes
    tokenStarts = []
    tokenEnds = []
    sentenceStarts = []
  }

  /// The number of tokens.
  public var tokenCount: Int { tokenStarts.count }

  /// The number of sentences.
  public var sentenceCount: Int { sentenceStarts.count }

  /// The token index range of sentence `index`.
  public func sentence(_ index: Int) -> Range<Int> {
    let start = Int(sentenceStarts[index])
    let end = index + 1 < sentenceStarts.count ? Int(sentenceStarts[index + 1]) : tokenCount
    return start..<end
  }

  /// The text of token `index` (allocates; not for hot paths).
  public func text(ofToken index: Int) -> String {
    String(decoding: bytes[Int(tokenStarts[index])..<Int(tokenEnds[index])], as: UTF8.self)
  }

  /// Appends a token; `startsSentence` opens a new sentence first.
  mutating func append(start: Int, end: Int, startsSentence: Bool) {
    if startsSentence || sentenceStarts.isEmpty { sentenceStarts.append(Int32(tokenCount)) }
    tokenStarts.append(Int32(truncatingIfNeeded: start))
    tokenEnds.append(Int32(truncatingIfNeeded: end))
  }
}

/// A tagged entity: a token range and a CoNLL type.
public struct EntitySpan: Hashable, Sendable {
  /// The first token.
  public var start: Int
  /// One past the last token.
  public var end: Int
  /// The entity type.
  public var type: NERType

  /// Creates a span.
  public init(start: Int, end: Int, type: NERType) {
    self.start = start
    self.end = end
    self.type = type
  }
}

extension BILOU {
  /// Reads entity spans from BILOU labels, leniently (an `I` or `L` without a
  /// matching open entity starts one).
  static func spans(_ labels: [UInt8], in range: Range<Int>) -> [EntitySpan] {
    var reader = SpanReader()
    for index in range {
      let label = labels[index]
      guard let type = BILOU.type(of: label), let part = BILOU.part(of: label) else {
        reader.close(index)
        continue
      }
      switch part {
      case .begin, .unit:
        reader.close(index)
        reader.openStart = index
        reader.openType = type
      case .inside, .last:
        if reader.openType != type {
          reader.close(index)
          reader.openStart = index
          reader.openType = type
        }
      }
      if part == .last || part == .unit { reader.close(index + 1) }
    }
    reader.close(range.upperBound)
    return reader.spans
  }

  /// The open entity while reading spans (a struct, not captured locals: a
  /// nested function mutating captured variables boxes them on the heap).
  private struct SpanReader {
    var spans: [EntitySpan] = []
    var openStart = -1
    var openType = -1

    @inline(__always)
    mutating func close(_ end: Int) {
      if openStart >= 0, let type = NERType(rawValue: openType) {
        spans.append(EntitySpan(start: openStart, end: end, type: type))
      }
      openStart = -1
      openType = -1
    }
  }
}
