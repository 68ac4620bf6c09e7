/// The document-level pass over tagged raw text.
///
/// 1. The same surface form gets the majority label of its occurrences.
/// 2. Untagged occurrences of a tagged person or organization name, and bare
///    surnames of people named in full, are tagged too.
/// 3. Hyphenated tokens yield their known parts (`Huawei-US` gives `Huawei`).
/// 4. Single words that training almost only saw as places or adjectives
///    (`US`, `China`, `Chinese`) are never people or organizations.
/// 5. Each mention gets the fullest name in the document that contains it.
struct DocumentPass {
  let document: TokenizedDocument
  let context: DocumentContext
  let gazetteer: Gazetteer
  var spans: [EntitySpan]

  /// A candidate mention: byte range, type and where its token-word key
  /// sequence lies in the candidates' shared word list.
  struct Candidate {
    var start: Int
    var end: Int
    var type: NERType
    var wordStart: Int
    var wordCount: Int
  }

  init(
    document: TokenizedDocument, context: DocumentContext, gazetteer: Gazetteer, spans: [EntitySpan]
  ) {
    self.document = document
    self.context = context
    self.gazetteer = gazetteer
    self.spans = spans
  }

  mutating func mentions() -> [EntityMention] {
    applyCues()
    harmonizeTypes()
    propagate()
    var words: [UInt64] = []
    var candidates = splitHyphenated(words: &words)
    candidates.removeAll { candidate in
      candidate.wordCount == 1 && candidate.end - candidate.start <= 64
        && gazetteer.isPlaceOrAdjective(lowerHash(candidate))
    }
    return canonicalize(
      candidates.filter { $0.type == .person || $0.type == .organization }, words: words)
  }

  /// An order-sensitive hash of the words of tokens `range` (no allocation).
  private func key(_ range: Range<Int>) -> UInt64 {
    var hash = FeatureHash.seed
    for index in range { hash = FeatureHash.combine(hash, context.lexemes[index].word) }
    return hash
  }

  /// Gives every occurrence of a surface form the type most of them have.
  mutating func harmonizeTypes() {
    var votes = HashTable<SIMD4<Int32>>(capacity: max(16, spans.count), empty: .zero)
    var keys: [UInt64] = []
    keys.reserveCapacity(spans.count)
    for span in spans {
      let key = key(span.start..<span.end)
      keys.append(key)
      votes.update(key) { $0[span.type.rawValue] += 1 }
    }
    for index in spans.indices {
      // Every span voted, so its key's counts are never empty.
      let counts = votes.value(for: keys[index])
      var best = spans[index].type.rawValue
      for type in 0..<4 where counts[type] > counts[best] { best = type }
      if let type = NERType(rawValue: best) { spans[index].type = type }
    }
  }

  /// Tags untagged capitalised occurrences of known names and surnames.
  private mutating func propagate() {
    // Known names (word-sequence key to type raw value + 1) and surnames;
    // open-addressing tables, as every capitalised token probes up to 8 keys.
    var known = HashTable<UInt8>(capacity: max(16, spans.count), empty: 0)
    var surnames = HashTable<Bool>(capacity: max(16, spans.count), empty: false)
    // By lowercase word id: 1 when a known name starts with the word, 2
    // when it is a surname. Only tokens with a mark probe the tables.
    let ids = context.wordIDs
    var marks = [UInt8](repeating: 0, count: context.wordCount)
    var longestKnown = 1
    for span in spans where span.type == .person || span.type == .organization {
      let type = UInt8(span.type.rawValue + 1)
      known.update(key(span.start..<span.end)) { $0 = type }
      marks[Int(ids[span.start])] |= 1
      longestKnown = max(longestKnown, span.end - span.start)
      if span.type == .person, span.end - span.start >= 2 {
        surnames.update(context.lexemes[span.end - 1].word) { $0 = true }
        marks[Int(ids[span.end - 1])] |= 2
      }
    }
    guard known.count > 0 else { return }
    let longest = min(8, longestKnown)
    var prefixKeys = [UInt64](repeating: 0, count: longest + 1)
    var tagged = [Bool](repeating: false, count: document.tokenCount)
    for span in spans { for index in span.start..<span.end { tagged[index] = true } }
    var added: [EntitySpan] = []
    // The spans (by index) that longer known names absorb.
    var replaced: [Bool] = []
    var index = 0
    while index < document.tokenCount {
      let mark = marks[Int(ids[index])]
      guard mark != 0, context.lexemes[index].isCapitalized else {
        index += 1
        continue
      }
      if mark & 2 != 0, mark & 1 == 0 {
        if !tagged[index], surnames.value(for: context.lexemes[index].word) {
          added.append(EntitySpan(start: index, end: index + 1, type: .person))
        }
        index += 1
        continue
      }
      let sentenceEnd = Int(context.sentenceEnd[index])
      var matched = false
      let maximum = min(longest, sentenceEnd - index)
      prefixKeys[0] = FeatureHash.seed
      for length in stride(from: 1, through: maximum, by: 1) {
        prefixKeys[length] = FeatureHash.combine(
          prefixKeys[length - 1], context.lexemes[index + length - 1].word)
      }
      for length in stride(from: maximum, through: 1, by: -1) {
        let range = index..<(index + length)
        let stored = known.value(for: prefixKeys[length])
        guard stored != 0, let type = NERType(rawValue: Int(stored) - 1) else { continue }
        if range.contains(where: { tagged[$0] }) {
          // A longer known name may absorb shorter spans lying wholly inside it.
          guard length >= 2, let inside = spansInside(range) else { continue }
          if replaced.isEmpty { replaced = [Bool](repeating: false, count: spans.count) }
          for member in inside { replaced[member] = true }
        }
        added.append(EntitySpan(start: index, end: index + length, type: type))
        index += length
        matched = true
        break
      }
      if matched { continue }
      if !tagged[index], surnames.value(for: context.lexemes[index].word) {
        added.append(EntitySpan(start: index, end: index + 1, type: .person))
      }
      index += 1
    }
    if !replaced.isEmpty {
      // Spans are disjoint, so no two are equal: removing by index is removing by value.
      var kept: [EntitySpan] = []
      kept.reserveCapacity(spans.count + added.count)
      for (number, span) in spans.enumerated() where !replaced[number] { kept.append(span) }
      spans = kept
    }
    spans.append(contentsOf: added)
    spans.sort { $0.start < $1.start }
  }

  /// The indices of the spans overlapping `range` if all lie wholly inside it, else nil.
  ///
  /// Spans are sorted and disjoint, so this is a binary search.
  private func spansInside(_ range: Range<Int>) -> Range<Int>? {
    var low = 0
    var high = spans.count
    while low < high {
      let middle = (low + high) / 2
      if spans[middle].end <= range.lowerBound { low = middle + 1 } else { high = middle }
    }
    var index = low
    while index < spans.count, spans[index].start < range.upperBound {
      let span = spans[index]
      guard span.start >= range.lowerBound, span.end <= range.upperBound else { return nil }
      index += 1
    }
    return low..<index
  }

  /// Turns spans into byte candidates, splitting hyphenated tokens into known parts.
  ///
  /// Each candidate's words are appended to `words`.
  private func splitHyphenated(words: inout [UInt64]) -> [Candidate] {
    // Single-word names: word hash to type raw value + 1 (0: not a name).
    var knownWords = HashTable<UInt8>(capacity: max(16, spans.count), empty: 0)
    for span in spans where span.end - span.start == 1 {
      let type = UInt8(span.type.rawValue + 1)
      knownWords.update(context.lexemes[span.start].word) { $0 = type }
    }
    var result: [Candidate] = []
    var tagged = [Bool](repeating: false, count: document.tokenCount)
    for span in spans {
      for index in span.start..<span.end { tagged[index] = true }
      if span.end - span.start == 1, context.lexemes[span.start].hyphenFirst != 0 {
        let before = result.count
        knownParts(span.start, knownWords, into: &result, words: &words)
        if result.count > before { continue }
      }
      result.append(
        Candidate(
          start: Int(document.tokenStarts[span.start]), end: Int(document.tokenEnds[span.end - 1]),
          type: span.type, wordStart: words.count, wordCount: span.end - span.start))
      for index in span.start..<span.end { words.append(context.lexemes[index].word) }
    }
    for index in 0..<document.tokenCount
    where !tagged[index] && context.lexemes[index].hyphenFirst != 0 {
      knownParts(index, knownWords, into: &result, words: &words)
    }
    return result.sorted { $0.start < $1.start }
  }

  /// Appends the parts of a hyphenated token that are known single-word names.
  private func knownParts(
    _ token: Int, _ knownWords: HashTable<UInt8>, into parts: inout [Candidate],
    words: inout [UInt64]
  ) {
    guard context.lexemes[token].hyphenFirst != 0 else { return }
    let start = Int(document.tokenStarts[token])
    let end = Int(document.tokenEnds[token])
    document.bytes.withUnsafeBufferPointer { bytes in
      var partStart = start
      for index in start...end where index == end || bytes[index] == UInt8(ascii: "-") {
        if index > partStart {
          let hash = FeatureHash.bytes(bytes, partStart..<index)
          let stored = knownWords.value(for: hash)
          if stored != 0, let type = NERType(rawValue: Int(stored) - 1) {
            parts.append(
              Candidate(
                start: partStart, end: index, type: type, wordStart: words.count, wordCount: 1))
            words.append(hash)
          }
        }
        partStart = index + 1
      }
    }
  }

  private func lowerHash(_ candidate: Candidate) -> UInt64 {
    var hash = FeatureHash.seed
    for index in candidate.start..<candidate.end {
      let byte = document.bytes[index]
      hash = FeatureHash.add(hash, byte >= 65 && byte <= 90 ? byte | 0x20 : byte)
    }
    return hash
  }
}
