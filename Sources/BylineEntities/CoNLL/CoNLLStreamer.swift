#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why streaming CoNLL input or output failed.
public struct CoNLLStreamError: Error, CustomStringConvertible {
  /// What failed, and what to do.
  public var description: String
}

/// Streams CoNLL input to output for `byline tag --conll FILE|-`.
///
/// Input: one token per line (the first tab- or space-separated column is
/// the token; other columns are ignored), blank lines between sentences,
/// `-DOCSTART-` lines between documents. Output: `TOKEN<TAB>TAG` for every
/// token (IOB2: `B-PER`, `I-ORG`, `B-LOC`, `I-MISC`, `O`, ...), with blank
/// lines and `-DOCSTART-` lines echoed in place. Everything between two
/// `-DOCSTART-` lines is tagged as one document (very long documents are cut
/// into pieces of about 100,000 tokens at sentence boundaries).
///
/// - Parameters:
///   - input: a readable file descriptor (for example `STDIN_FILENO`).
///   - output: a writable file descriptor (for example `STDOUT_FILENO`).
///   - recognizer: the loaded model.
/// - Throws: `CoNLLStreamError` when reading or writing fails.
public func tagCoNLL(input: Int32, output: Int32, recognizer: PerceptronRecognizer) throws {
  var streamer = CoNLLStreamer(output: output, tagger: recognizer.tagger)
  var buffer = [UInt8](repeating: 0, count: 1 << 16)
  var pending: [UInt8] = []
  while true {
    let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
    if count < 0 {
      if errno == EINTR { continue }
      throw CoNLLStreamError(description: "Cannot read the CoNLL input (errno \(errno)).")
    }
    if count == 0 { break }
    pending.append(contentsOf: buffer[0..<count])
    var lineStart = 0
    while let newline = pending[lineStart...].firstIndex(of: 0x0A) {
      try streamer.line(pending[lineStart..<newline])
      lineStart = newline + 1
    }
    pending.removeFirst(lineStart)
  }
  if !pending.isEmpty { try streamer.line(pending[...]) }
  try streamer.finish()
}

/// Buffers one document of CoNLL lines, tags it and writes it out.
struct CoNLLStreamer {
  private enum Item {
    case token
    case blank
    case verbatim([UInt8])
  }

  let output: Int32
  let tagger: StackedTagger
  private var items: [Item] = []
  private var document = TokenizedDocument(bytes: [])
  private var newSentence = true
  private var out: [UInt8] = []
  static let maximumTokens = 100_000

  init(output: Int32, tagger: StackedTagger) {
    self.output = output
    self.tagger = tagger
  }

  mutating func line(_ raw: ArraySlice<UInt8>) throws {
    var line = raw
    if line.last == 0x0D { line = line.dropLast() }
    if line.starts(with: "-DOCSTART-".utf8) {
      try flush()
      items.append(.verbatim(Array(line)))
      return
    }
    let tokenEnd = line.firstIndex(where: { $0 == 0x09 || $0 == 0x20 }) ?? line.endIndex
    if tokenEnd == line.startIndex {
      items.append(.blank)
      newSentence = true
      if document.tokenCount >= Self.maximumTokens { try flush() }
      return
    }
    if !document.bytes.isEmpty { document.bytes.append(newSentence ? 0x0A : 0x20) }
    let start = document.bytes.count
    document.bytes.append(contentsOf: line[line.startIndex..<tokenEnd])
    document.append(start: start, end: document.bytes.count, startsSentence: newSentence)
    newSentence = false
    items.append(.token)
  }

  mutating func finish() throws {
    try flush()
    try write(force: true)
  }

  private mutating func flush() throws {
    var tags = [UInt8](repeating: 0, count: document.tokenCount)
    var types = [UInt8](repeating: 0, count: document.tokenCount)
    if document.tokenCount > 0 {
      let labels = tagger.tag(document)
      for span in BILOU.spans(labels, in: 0..<labels.count) {
        for index in span.start..<span.end {
          tags[index] = index == span.start ? 1 : 2
          types[index] = UInt8(span.type.rawValue)
        }
      }
    }
    var token = 0
    for item in items {
      switch item {
      case .token:
        let start = Int(document.tokenStarts[token])
        let end = Int(document.tokenEnds[token])
        out.append(contentsOf: document.bytes[start..<end])
        out.append(0x09)
        if tags[token] == 0 {
          out.append(UInt8(ascii: "O"))
        } else {
          out.append(tags[token] == 1 ? UInt8(ascii: "B") : UInt8(ascii: "I"))
          out.append(UInt8(ascii: "-"))
          out.append(contentsOf: Self.codes[Int(types[token])])
        }
        token += 1
      case .blank:
        break
      case .verbatim(let bytes):
        out.append(contentsOf: bytes)
      }
      out.append(0x0A)
    }
    items.removeAll(keepingCapacity: true)
    document = TokenizedDocument(bytes: [])
    newSentence = true
    try write(force: false)
  }

  private static let codes: [[UInt8]] = NERType.allCases.map { Array($0.code.utf8) }

  private mutating func write(force: Bool) throws {
    guard force || out.count >= 1 << 16 else { return }
    var offset = 0
    while offset < out.count {
      let written = out.withUnsafeBytes { raw in
        Glibc.write(output, raw.baseAddress.map { $0 + offset }, raw.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw CoNLLStreamError(description: "Cannot write the tagged output (errno \(errno)).")
      }
      offset += written
    }
    out.removeAll(keepingCapacity: true)
  }
}
