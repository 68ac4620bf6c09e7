/// Document-level facts computed before tagging: lexemes, sentence kinds and
/// how each word is capitalised elsewhere in the same document.
struct DocumentContext {
  /// The kind of sentence a token sits in.
  enum SentenceKind: Int { case normal = 0, allCaps, titleCase, table }

  var lexemes: [Lexeme]
  /// Per token: the sentence kind.
  var sentenceKind: [UInt8]
  /// Per token: position in its sentence (0, 1, or 2 for later).
  var position: [UInt8]
  /// Per token: index of the first token of its sentence, and one past its last.
  var sentenceStart: [Int32]
  var sentenceEnd: [Int32]
  /// Per token: how the same lowercase word is cased elsewhere (bit set).
  var docCasing: [UInt8]
  /// Per token: the gazetteer category of the lowercase word.
  var gazetteer: [Int32]
  /// Per token: its lowercase word as a number (0, 1, … in order of first
  /// occurrence), so per-word tallies can live in flat arrays.
  var wordIDs: [Int32]
  /// The number of distinct lowercase words.
  var wordCount: Int
  /// The distinct lowercase words (their `Lexeme.lower`), by id.
  var words: [UInt64]
  /// The tokens the tagger scores, in order.
  ///
  /// Those that may name someone (see `mayName`) and their neighbours; every
  /// other token is labelled `O` without looking at its features.
  var scored: [Int32]

  /// Analyses `document`, looking up each distinct lowercase word in `gazetteer` once.
  init(document: TokenizedDocument, gazetteer source: Gazetteer) {
    let count = document.tokenCount
    lexemes = [Lexeme](unsafeUninitializedCapacity: count) { buffer, initialized in
      initialized = 0
      guard let base = buffer.baseAddress else { return }
      let analyzer = LexicalAnalyzer()
      document.bytes.withUnsafeBufferPointer { bytes in
        document.tokenStarts.withUnsafeBufferPointer { starts in
          document.tokenEnds.withUnsafeBufferPointer { ends in
            for index in 0..<count {
              analyzer.analyze(bytes, Int(starts[index]), Int(ends[index]), into: base + index)
            }
          }
        }
      }
      initialized = count
    }
    var kinds = [UInt8](repeating: 0, count: count)
    var positions = [UInt8](repeating: 0, count: count)
    var starts = [Int32](repeating: 0, count: count)
    var ends = [Int32](repeating: 0, count: count)
    var casingOut = [UInt8](repeating: 0, count: count)
    var categoryOut = [Int32](repeating: 0, count: count)

    // Each distinct lowercase word gets an id; its casing bits and gazetteer
    // category are computed once, not once per occurrence.
    var table = DocumentWords(tokens: count)
    var ids = [Int32](repeating: 0, count: count)
    var casings = [UInt8](repeating: 0, count: count)
    // Written through pointers: stored-property or array stores check
    // uniqueness and bounds per token.
    lexemes.withUnsafeBufferPointer { lexemes in
      kinds.withUnsafeMutableBufferPointer { kinds in
        positions.withUnsafeMutableBufferPointer { positions in
          starts.withUnsafeMutableBufferPointer { starts in
            ends.withUnsafeMutableBufferPointer { ends in
              ids.withUnsafeMutableBufferPointer { ids in
                casings.withUnsafeMutableBufferPointer { casings in
                  for sentence in 0..<document.sentenceCount {
                    let range = document.sentence(sentence)
                    let kind = Self.kind(of: range, lexemes)
                    let first = range.lowerBound
                    for index in range {
                      kinds[index] = UInt8(kind.rawValue)
                      positions[index] = UInt8(min(2, index &- first))
                      starts[index] = Int32(truncatingIfNeeded: first)
                      ends[index] = Int32(truncatingIfNeeded: range.upperBound)
                      let id = table.id(lexemes[index].lower)
                      ids[index] = Int32(truncatingIfNeeded: id)
                      guard kind == .normal else { continue }
                      var bit: UInt8 = 0
                      switch lexemes[index].casing {
                      case .lower: bit = 1
                      case .initialCap, .mixedCap: bit = index == first ? 0 : 2
                      case .allCaps: bit = index == first ? 0 : 4
                      default: bit = 0
                      }
                      casings[id] |= bit
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    let categories = table.categories(in: source)
    ids.withUnsafeBufferPointer { ids in
      casings.withUnsafeBufferPointer { casings in
        categories.withUnsafeBufferPointer { categories in
          casingOut.withUnsafeMutableBufferPointer { casingOut in
            categoryOut.withUnsafeMutableBufferPointer { categoryOut in
              for index in 0..<count {
                let id = Int(ids[index])
                casingOut[index] = casings[id]
                categoryOut[index] = categories[id]
              }
            }
          }
        }
      }
    }
    sentenceKind = kinds
    position = positions
    sentenceStart = starts
    sentenceEnd = ends
    docCasing = casingOut
    gazetteer = categoryOut
    wordIDs = ids
    wordCount = table.words.count
    words = table.words
    scored = Self.scoredTokens(lexemes, document)
  }

  /// Whether a token can be part of a name by itself: it has a capital
  /// letter, or a letter outside ASCII (whose case the lexeme does not see).
  ///
  /// Lowercase words, numbers and punctuation inside a name (`Bank of
  /// America`, `van der Sar`) sit next to such a token. In the CoNLL-2003
  /// dev set, 53% of tokens are neither such a token nor next to one; among
  /// them are 2 of its 5,241 person and organization tokens (`interior
  /// ministry`). `ScoredTokensTests` measures this.
  @inline(__always)
  static func mayName(
    _ lexeme: Lexeme, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> Bool {
    switch lexeme.casing {
    case .initialCap, .allCaps, .singleUpper, .mixedCap, .mixedLower: return true
    case .punctuation, .numeric: return false
    case .lower:
      var index = start
      while index < end {
        if bytes[index] >= 0x80 { return true }
        index &+= 1
      }
      return false
    }
  }

  /// The tokens that may name someone and those right before and after them.
  private static func scoredTokens(_ lexemes: [Lexeme], _ document: TokenizedDocument) -> [Int32] {
    let count = lexemes.count
    var result: [Int32] = []
    result.reserveCapacity(count)
    lexemes.withUnsafeBufferPointer { lexemes in
      document.bytes.withUnsafeBufferPointer { bytes in
        document.tokenStarts.withUnsafeBufferPointer { starts in
          document.tokenEnds.withUnsafeBufferPointer { ends in
            // Whether the previous, this and the next token may name someone.
            var before = false
            var current =
              count > 0 && mayName(lexemes[0], bytes, Int(starts[0]), Int(ends[0]))
            for index in 0..<count {
              let next =
                index &+ 1 < count
                && mayName(
                  lexemes[index &+ 1], bytes, Int(starts[index &+ 1]), Int(ends[index &+ 1]))
              if before || current || next { result.append(Int32(truncatingIfNeeded: index)) }
              before = current
              current = next
            }
          }
        }
      }
    }
    return result
  }

  private static func kind(
    of range: Range<Int>, _ lexemes: UnsafeBufferPointer<Lexeme>
  ) -> SentenceKind {
    var words = 0
    var caps = 0
    var titled = 0
    var numbers = 0
    for index in range {
      let casing = lexemes[index].casing
      if casing == .numeric { numbers += 1 }
      guard lexemes[index].hasLetter else { continue }
      words += 1
      switch casing {
      case .allCaps: caps += 1
      case .initialCap, .mixedCap, .singleUpper: titled += 1
      default: break
      }
    }
    if numbers >= 2 && numbers * 10 >= range.count * 3 { return .table }
    guard words >= 2 else { return .normal }
    if caps * 10 >= words * 6 && caps >= 2 { return .allCaps }
    if words >= 3 && titled * 10 >= words * 7 { return .titleCase }
    return .normal
  }
}

/// The distinct lowercase words of one document, numbered in order of
/// first occurrence: an open-addressing table sized so it never grows (at
/// most one entry per token).
private struct DocumentWords {
  private struct Entry {
    var key: UInt64 = 0
    var id: Int32 = 0
  }

  private var entries: [Entry]
  private let mask: Int
  /// The words, by id.
  private(set) var words: [UInt64] = []

  init(tokens: Int) {
    var size = 16
    while size < tokens * 2 { size <<= 1 }
    entries = [Entry](repeating: Entry(), count: size)
    mask = size - 1
    words.reserveCapacity(tokens)
  }

  /// The id of `lower`, numbering it when new.
  @inline(__always)
  mutating func id(_ lower: UInt64) -> Int {
    let key = lower == 0 ? 1 : lower
    var slot = Int(truncatingIfNeeded: key >> 17) & mask
    while true {
      let stored = entries[slot].key
      if stored == key { return Int(entries[slot].id) }
      if stored == 0 {
        let id = words.count
        entries[slot] = Entry(key: key, id: Int32(truncatingIfNeeded: id))
        words.append(lower)
        return id
      }
      slot = (slot + 1) & mask
    }
  }

  /// Every word's gazetteer category, by id (looked up in one batch).
  func categories(in gazetteer: Gazetteer) -> [Int32] {
    let count = words.count
    return [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
      initialized = 0
      guard let base = buffer.baseAddress else { return }
      words.withUnsafeBufferPointer { gazetteer.categories(of: $0, into: base) }
      initialized = count
    }
  }
}
