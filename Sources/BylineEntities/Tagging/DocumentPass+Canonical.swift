extension DocumentPass {
  /// A distinct word sequence among the candidates, with the byte range of
  /// its first occurrence (its text).
  private struct Form {
    var wordStart: Int
    var wordCount: Int
    var textStart: Int
    var textEnd: Int
    var type: NERType
  }

  /// Builds mentions whose `entity` is the fullest same-type name containing them.
  ///
  /// Canonical names are computed once per distinct form, looking only at
  /// forms that share a word with it, so the work stays near-linear. Each
  /// candidate's word sequence lies in `words`; a name's text is made into
  /// a `String` once, when a mention uses it.
  func canonicalize(_ candidates: [Candidate], words: [UInt64]) -> [EntityMention] {
    var forms: [Form] = []
    // Word-sequence hash to form index + 1; sequences are compared, so a
    // hash collision only costs a search.
    var formIndex = HashTable<Int32>(capacity: max(16, candidates.count), empty: 0)
    // Each candidate's form, so the mentions below need no second lookup.
    var candidateForms: [Int] = []
    candidateForms.reserveCapacity(candidates.count)
    for candidate in candidates {
      let key = Self.key(words, candidate.wordStart, candidate.wordCount)
      let stored = Int(formIndex.value(for: key)) - 1
      var found = -1
      if stored >= 0 {
        found =
          Self.sameWords(words, forms[stored], candidate)
          ? stored : forms.firstIndex { Self.sameWords(words, $0, candidate) } ?? -1
      }
      if found < 0 {
        found = forms.count
        if stored < 0 { formIndex.update(key) { $0 = Int32(truncatingIfNeeded: found + 1) } }
        forms.append(
          Form(
            wordStart: candidate.wordStart, wordCount: candidate.wordCount,
            textStart: candidate.start, textEnd: candidate.end, type: candidate.type))
      }
      candidateForms.append(found)
    }
    let canonical = canonicalForms(forms, words: words)
    var texts = [String?](repeating: nil, count: forms.count)
    var result: [EntityMention] = []
    var lastEnd = -1
    for (number, candidate) in candidates.enumerated() where candidate.start >= lastEnd {
      let best = canonical[candidateForms[number]]
      let entity = texts[best] ?? surface(forms[best].textStart, forms[best].textEnd)
      texts[best] = entity
      let form = forms[best]
      let text =
        sameBytes(candidate.start, candidate.end, form.textStart, form.textEnd)
        ? entity : surface(candidate.start, candidate.end)
      let kind: EntityKind = candidate.type == .person ? .person : .organization
      result.append(
        EntityMention(
          kind: kind, start: candidate.start, end: candidate.end, text: text, entity: entity))
      lastEnd = candidate.end
    }
    return result
  }

  /// For each form, the first form (in order) with the most words among
  /// the same-type forms containing it; the form itself when none is longer.
  private func canonicalForms(_ forms: [Form], words: [UInt64]) -> [Int] {
    if forms.count <= 32 {
      // Few forms: try every other form in order. The ones not containing
      // the form's first word fail `contains`, so the choice is the same.
      var canonical = [Int](repeating: 0, count: forms.count)
      for (index, form) in forms.enumerated() {
        var best = index
        for (other, candidate) in forms.enumerated() where other != index {
          if Self.names(form, better: candidate, than: forms[best], words) { best = other }
        }
        canonical[index] = best
      }
      return canonical
    }
    // Forms containing each word, as linked lists in increasing form order
    // (built back to front): `heads` maps a word to its list's first node + 1.
    var heads = HashTable<Int32>(capacity: max(16, forms.count * 2), empty: 0)
    var nodeForm: [Int32] = []
    var nodeNext: [Int32] = []
    for index in forms.indices.reversed() {
      let form = forms[index]
      for position in 0..<form.wordCount {
        let word = words[form.wordStart + position]
        // Each distinct word once (a form has a handful of words: no `Set`).
        var repeated = false
        for earlier in 0..<position where words[form.wordStart + earlier] == word {
          repeated = true
          break
        }
        if repeated { continue }
        let node = Int32(truncatingIfNeeded: nodeForm.count)
        nodeForm.append(Int32(truncatingIfNeeded: index))
        heads.update(word) { head in
          nodeNext.append(head - 1)
          head = node + 1
        }
      }
    }
    var canonical = [Int](repeating: 0, count: forms.count)
    for (index, form) in forms.enumerated() {
      var best = index
      var node = Int(heads.value(for: words[form.wordStart])) - 1
      while node >= 0 {
        let other = Int(nodeForm[node])
        node = Int(nodeNext[node])
        guard other != index else { continue }
        if Self.names(form, better: forms[other], than: forms[best], words) { best = other }
      }
      canonical[index] = best
    }
    return canonical
  }

  /// The order-sensitive hash of `count` words from `start`.
  private static func key(_ words: [UInt64], _ start: Int, _ count: Int) -> UInt64 {
    var hash = FeatureHash.seed
    for index in start..<(start + count) { hash = FeatureHash.combine(hash, words[index]) }
    return hash
  }

  private static func sameWords(_ words: [UInt64], _ form: Form, _ candidate: Candidate) -> Bool {
    guard form.wordCount == candidate.wordCount else { return false }
    for offset in 0..<form.wordCount
    where words[form.wordStart + offset] != words[candidate.wordStart + offset] {
      return false
    }
    return true
  }

  /// Whether `candidate` is a better full name for `form` than `current`:
  /// same type, more words, and it contains `form`'s words.
  @inline(__always)
  private static func names(
    _ form: Form, better candidate: Form, than current: Form, _ words: [UInt64]
  ) -> Bool {
    candidate.type == form.type && candidate.wordCount > current.wordCount
      && contains(words, candidate, form)
  }

  /// Whether the words of `needle` occur contiguously in those of `haystack`.
  private static func contains(_ words: [UInt64], _ haystack: Form, _ needle: Form) -> Bool {
    guard needle.wordCount > 0, needle.wordCount <= haystack.wordCount else { return false }
    for offset in 0...(haystack.wordCount - needle.wordCount) {
      var equal = true
      for position in 0..<needle.wordCount
      where words[haystack.wordStart + offset + position] != words[needle.wordStart + position] {
        equal = false
        break
      }
      if equal { return true }
    }
    return false
  }

  private func surface(_ start: Int, _ end: Int) -> String {
    String(decoding: document.bytes[start..<end], as: UTF8.self)
  }

  /// Whether two byte ranges of the document hold the same bytes.
  private func sameBytes(_ start: Int, _ end: Int, _ otherStart: Int, _ otherEnd: Int) -> Bool {
    guard end - start == otherEnd - otherStart else { return false }
    if start == otherStart { return true }
    let bytes = document.bytes
    for offset in 0..<(end - start) where bytes[start + offset] != bytes[otherStart + offset] {
      return false
    }
    return true
  }
}
