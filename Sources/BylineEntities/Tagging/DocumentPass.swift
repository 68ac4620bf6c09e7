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

  /// A candidate mention: byte range, type and its token-word key sequence.
  struct Candidate {
    var start: Int
    var end: Int
    var type: NERType
    var words: [UInt64]
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
    var candidates = splitHyphenated()
    candidates.removeAll { candidate in
      candidate.words.count == 1 && candidate.end - candidate.start <= 64
        && gazetteer.isPlaceOrAdjective(lowerHash(candidate))
    }
    return canonicalize(candidates.filter { $0.type == .person || $0.type == .organization })
  }

  private func words(_ span: EntitySpan) -> [UInt64] {
    (span.start..<span.end).map { context.lexemes[$0].word }
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
    var longestKnown = 1
    for span in spans where span.type == .person || span.type == .organization {
      let type = UInt8(span.type.rawValue + 1)
      known.update(key(span.start..<span.end)) { $0 = type }
      longestKnown = max(longestKnown, span.end - span.start)
      if span.type == .person, span.end - span.start >= 2 {
        surnames.update(context.lexemes[span.end - 1].word) { $0 = true }
      }
    }
    guard known.count > 0 else { return }
    let longest = min(8, longestKnown)
    var prefixKeys = [UInt64](repeating: 0, count: longest + 1)
    var tagged = [Bool](repeating: false, count: document.tokenCount)
    for span in spans { for index in span.start..<span.end { tagged[index] = true } }
    var added: [EntitySpan] = []
    var replaced: [EntitySpan] = []
    var index = 0
    while index < document.tokenCount {
      guard context.lexemes[index].isCapitalized else {
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
          replaced.append(contentsOf: inside)
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
    let removed = Set(replaced)
    spans = (spans.filter { !removed.contains($0) } + added).sorted { $0.start < $1.start }
  }

  /// The spans overlapping `range` if all lie wholly inside it, else nil.
  ///
  /// Spans are sorted and disjoint, so this is a binary search.
  private func spansInside(_ range: Range<Int>) -> [EntitySpan]? {
    var low = 0
    var high = spans.count
    while low < high {
      let middle = (low + high) / 2
      if spans[middle].end <= range.lowerBound { low = middle + 1 } else { high = middle }
    }
    var result: [EntitySpan] = []
    var index = low
    while index < spans.count, spans[index].start < range.upperBound {
      let span = spans[index]
      guard span.start >= range.lowerBound, span.end <= range.upperBound else { return nil }
      result.append(span)
      index += 1
    }
    return result
  }

  /// Turns spans into byte candidates, splitting hyphenated tokens into known parts.
  private func splitHyphenated() -> [Candidate] {
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
      if span.end - span.start == 1, let parts = knownParts(span.start, knownWords), !parts.isEmpty
      {
        result.append(contentsOf: parts)
        continue
      }
      result.append(
        Candidate(
          start: Int(document.tokenStarts[span.start]), end: Int(document.tokenEnds[span.end - 1]),
          type: span.type, words: words(span)))
    }
    for index in 0..<document.tokenCount
    where !tagged[index] && context.lexemes[index].hyphenFirst != 0 {
      if let parts = knownParts(index, knownWords) { result.append(contentsOf: parts) }
    }
    return result.sorted { $0.start < $1.start }
  }

  /// The parts of a hyphenated token that are known single-word names.
  private func knownParts(_ token: Int, _ knownWords: HashTable<UInt8>) -> [Candidate]? {
    guard context.lexemes[token].hyphenFirst != 0 else { return nil }
    let start = Int(document.tokenStarts[token])
    let end = Int(document.tokenEnds[token])
    var parts: [Candidate] = []
    document.bytes.withUnsafeBufferPointer { bytes in
      var partStart = start
      for index in start...end where index == end || bytes[index] == UInt8(ascii: "-") {
        if index > partStart {
          let hash = FeatureHash.bytes(bytes, partStart..<index)
          let stored = knownWords.value(for: hash)
          if stored != 0, let type = NERType(rawValue: Int(stored) - 1) {
            parts.append(Candidate(start: partStart, end: index, type: type, words: [hash]))
          }
        }
        partStart = index + 1
      }
    }
    return parts.isEmpty ? nil : parts
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
