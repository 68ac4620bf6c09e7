/// Splits raw article text into tokens and sentences with exact UTF-8 offsets.
///
/// Handles curly and straight quotes and apostrophes, possessives (`Biden’s`
/// gives `Biden` + `’s`), hyphenated compounds (kept whole, as in CoNLL, and
/// split into parts later by the document pass), abbreviations (`U.S.`,
/// `Inc.`, `Mr.`), initials, URLs, e-mail addresses, numbers, dashes and
/// non-ASCII letters. Every line break ends a sentence; so does `.`, `!` or
/// `?` (after any closing quotes) when the next token is not lowercase.
/// Work is linear in the input size.
public struct Tokenizer: Sendable {
  /// Creates a tokenizer.
  public init() {}

  /// Tokenizes `text`.
  public func tokenize(_ text: String) -> TokenizedDocument {
    let bytes = Array(text.utf8)
    var document = TokenizedDocument(bytes: bytes)
    // English averages over five bytes a token: room for most articles'
    // tokens without regrowing the arrays.
    document.tokenStarts.reserveCapacity(bytes.count / 4 + 16)
    document.tokenEnds.reserveCapacity(bytes.count / 4 + 16)
    document.sentenceStarts.reserveCapacity(bytes.count / 64 + 16)
    bytes.withUnsafeBufferPointer { buffer in
      withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * TokenScanner.batch) { pending in
        guard let base = pending.baseAddress else { return }
        var scanner = TokenScanner(bytes: buffer, pending: base)
        scanner.run(into: &document)
        scanner.flush(into: &document)
      }
    }
    return document
  }
}

/// The state of one tokenizer run.
struct TokenScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  private var lineBreakPending = true
  private var terminalPending = false
  /// Tokens not yet in the document (`batch` starts, then `batch` ends).
  ///
  /// Appending a batch at a time saves two array appends (each checking
  /// uniqueness and capacity) per token.
  private let pending: UnsafeMutablePointer<Int32>
  private var pendingCount = 0

  /// How many tokens `pending` holds.
  static var batch: Int { 256 }

  /// Scans `bytes`, buffering tokens in `pending` (room for `2 * batch` values).
  init(bytes: UnsafeBufferPointer<UInt8>, pending: UnsafeMutablePointer<Int32>) {
    self.bytes = bytes
    self.pending = pending
  }

  /// Appends the buffered tokens to `document`.
  mutating func flush(into document: inout TokenizedDocument) {
    guard pendingCount > 0 else { return }
    document.tokenStarts.append(
      contentsOf: UnsafeBufferPointer(start: pending, count: pendingCount))
    document.tokenEnds.append(
      contentsOf: UnsafeBufferPointer(start: pending + Self.batch, count: pendingCount))
    pendingCount = 0
  }

  mutating func run(into document: inout TokenizedDocument) {
    let end = bytes.count
    var index = 0
    while index < end {
      let (scalar, length) = CharacterClass.decode(bytes, index, end)
      let kind = CharacterClass.of(scalar)
      if kind == .newline {
        lineBreakPending = true
        index += length
        continue
      }
      if kind == .space {
        index += length
        continue
      }
      var chunkEnd = index + length
      while chunkEnd < end {
        let byte = bytes[chunkEnd]
        if byte < 0x80 {
          // ASCII: spaces and line breaks are the controls, space and DEL.
          if byte <= 0x20 || byte == 0x7F { break }
          chunkEnd += 1
          continue
        }
        let (next, nextLength) = CharacterClass.decode(bytes, chunkEnd, end)
        let nextKind = CharacterClass.of(next)
        if nextKind == .space || nextKind == .newline { break }
        chunkEnd += nextLength
      }
      scanChunk(index, chunkEnd, into: &document)
      index = chunkEnd
    }
  }

  @inline(__always)
  private func classAt(_ index: Int, _ end: Int) -> (CharacterClass, Int) {
    let (scalar, length) = CharacterClass.decode(bytes, index, end)
    return (CharacterClass.of(scalar), length)
  }

  private mutating func scanChunk(_ start: Int, _ end: Int, into document: inout TokenizedDocument)
  {
    var index = start
    while index < end {
      if let urlEnd = urlEnd(at: index, end) {
        emit(index, urlEnd, into: &document)
        index = urlEnd
        continue
      }
      let (kind, length) = classAt(index, end)
      switch kind {
      case .letter, .digit:
        index = scanWord(index, end, into: &document)
      case .hyphen, .period:
        var runEnd = index + length
        while runEnd < end, classAt(runEnd, end).0 == kind { runEnd += classAt(runEnd, end).1 }
        emit(index, runEnd, into: &document)
        index = runEnd
      default:
        emit(index, index + length, into: &document)
        index += length
      }
    }
  }

  /// Scans a word starting at a letter or digit; returns where it ends.
  private mutating func scanWord(_ start: Int, _ end: Int, into document: inout TokenizedDocument)
    -> Int
  {
    var index = start
    var previous = CharacterClass.other
    var hasInternalPeriod = false
    var longestSegment = 0
    var segment = 0
    while index < end {
      // ASCII letters and digits (most of a word) without the general class switch.
      let byte = bytes[index]
      if byte &- 97 < 26 || byte &- 65 < 26 {
        segment += 1
        previous = .letter
        index += 1
        continue
      }
      if byte &- 48 < 10 {
        segment += 1
        previous = .digit
        index += 1
        continue
      }
      let (kind, length) = classAt(index, end)
      var take = false
      switch kind {
      case .letter, .digit:
        take = true
        segment += 1
      case .apostrophe, .hyphen, .period, .at, .connector, .comma, .colon:
        let nextIndex = index + length
        guard nextIndex < end else { break }
        let next = classAt(nextIndex, end).0
        let nextIsWord = next == .letter || next == .digit
        switch kind {
        case .apostrophe: take = nextIsWord && previous == .letter
        case .comma, .colon: take = previous == .digit && next == .digit
        default: take = nextIsWord
        }
        if take && kind == .period { hasInternalPeriod = true }
        if take {
          longestSegment = max(longestSegment, segment)
          segment = 0
        }
      default:
        break
      }
      guard take else { break }
      previous = kind
      index += length
    }
    longestSegment = max(longestSegment, segment)
    var wordEnd = index
    if wordEnd < end, bytes[wordEnd] == UInt8(ascii: "."),
      takesPeriod(start, wordEnd, dotted: hasInternalPeriod, longestSegment: longestSegment)
    {
      wordEnd += 1
    }
    if let split = possessiveStart(start, wordEnd) {
      emit(start, split, into: &document)
      emit(split, wordEnd, into: &document)
    } else {
      emit(start, wordEnd, into: &document)
    }
    return wordEnd
  }

  private func takesPeriod(_ start: Int, _ end: Int, dotted: Bool, longestSegment: Int) -> Bool {
    if dotted { return longestSegment <= 3 }
    let (scalar, length) = CharacterClass.decode(bytes, start, end)
    if start + length == end, let value = Unicode.Scalar(scalar), value.properties.isUppercase {
      return true
    }
    return Abbreviations.contains(Abbreviations.withPeriodTable, bytes, start..<end)
  }

  /// Where a trailing `'s` / `’s` begins, if the word ends with one.
  @inline(__always)
  private func possessiveStart(_ start: Int, _ end: Int) -> Int? {
    guard end - start >= 3 else { return nil }
    let last = bytes[end - 1]
    guard last == UInt8(ascii: "s") || last == UInt8(ascii: "S") else { return nil }
    if bytes[end - 2] == UInt8(ascii: "'") { return end - 2 }
    if end - start >= 5, bytes[end - 4] == 0xE2, bytes[end - 3] == 0x80, bytes[end - 2] == 0x99 {
      return end - 4
    }
    return nil
  }

  /// The end of a URL starting at `index`, trailing punctuation excluded.
  @inline(__always)
  private func urlEnd(at index: Int, _ end: Int) -> Int? {
    let first = bytes[index] | 0x20
    guard first == UInt8(ascii: "h") || first == UInt8(ascii: "w") else { return nil }
    return urlEnd(startingWithHOrW: index, end)
  }

  /// `urlEnd(at:_:)` past its first-byte check.
  private func urlEnd(startingWithHOrW index: Int, _ end: Int) -> Int? {
    guard
      hasPrefix("http://", index, end) || hasPrefix("https://", index, end)
        || hasPrefix("www.", index, end)
    else { return nil }
    var urlEnd = end
    while urlEnd > index + 4 {
      let byte = bytes[urlEnd - 1]
      if byte >= 0x80 {
        // Strip trailing curly quotes and other non-ASCII punctuation.
        var lead = urlEnd - 1
        while lead > index, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        let (scalar, _) = CharacterClass.decode(bytes, lead, urlEnd)
        guard CharacterClass.of(scalar) != .letter else { break }
        urlEnd = lead
        continue
      }
      guard ".,;:!?)]}\"'".utf8.contains(byte) else { break }
      urlEnd -= 1
    }
    return urlEnd
  }

  private func hasPrefix(_ prefix: StaticString, _ index: Int, _ end: Int) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard end - index > count else { return false }
    let pointer = prefix.utf8Start
    for offset in 0..<count where bytes[index + offset] | 0x20 != pointer[offset] | 0x20 {
      return false
    }
    return true
  }

  private mutating func emit(_ start: Int, _ end: Int, into document: inout TokenizedDocument) {
    guard end > start else { return }
    var startsSentence = lineBreakPending
    if !startsSentence && terminalPending && !isClosing(start, end) {
      let lead = bytes[start]
      // ASCII: only `a`-`z` are lowercase (no Unicode property lookup).
      let isLower =
        lead < 0x80
        ? lead &- 97 < 26
        : Unicode.Scalar(CharacterClass.decode(bytes, start, end).scalar)?.properties.isLowercase
          ?? false
      startsSentence = !isLower
    }
    if startsSentence || document.sentenceStarts.isEmpty {
      document.sentenceStarts.append(Int32(truncatingIfNeeded: document.tokenCount + pendingCount))
    }
    pending[pendingCount] = Int32(truncatingIfNeeded: start)
    pending[Self.batch + pendingCount] = Int32(truncatingIfNeeded: end)
    pendingCount += 1
    if pendingCount == Self.batch { flush(into: &document) }
    lineBreakPending = false
    terminalPending = endsSentence(start, end) || (terminalPending && isClosing(start, end))
  }

  @inline(__always)
  private func endsSentence(_ start: Int, _ end: Int) -> Bool {
    let last = bytes[end - 1]
    if last == UInt8(ascii: "!") || last == UInt8(ascii: "?") { return end - start == 1 }
    if end - start == 3, bytes[start] == 0xE2, bytes[start + 1] == 0x80, bytes[start + 2] == 0xA6 {
      return true
    }
    guard last == UInt8(ascii: ".") else { return false }
    if bytes[start] == UInt8(ascii: ".") { return true }
    return Abbreviations.contains(Abbreviations.mayEndSentenceTable, bytes, start..<(end - 1))
  }

  private func isClosing(_ start: Int, _ end: Int) -> Bool {
    let (scalar, length) = CharacterClass.decode(bytes, start, end)
    guard start + length == end else { return false }
    switch scalar {
    case 0x22, 0x27, 0x29, 0x5D, 0x2019, 0x201D, 0xBB: return true
    default: return false
    }
  }
}
