extension DocumentPass {
  /// Builds mentions whose `entity` is the fullest same-type name containing them.
  ///
  /// Canonical names are computed once per distinct form, looking only at
  /// forms that share a word with it, so the work stays near-linear.
  func canonicalize(_ candidates: [Candidate]) -> [EntityMention] {
    struct Form {
      var words: [UInt64]
      var text: String
      var count: Int
      var first: Int
      var type: NERType
    }
    var forms: [Form] = []
    var formIndex: [[UInt64]: Int] = [:]
    // Each candidate's form, so the mentions below need no second lookup.
    var candidateForms: [Int] = []
    candidateForms.reserveCapacity(candidates.count)
    for candidate in candidates {
      if let index = formIndex[candidate.words] {
        forms[index].count += 1
        candidateForms.append(index)
      } else {
        formIndex[candidate.words] = forms.count
        candidateForms.append(forms.count)
        forms.append(
          Form(
            words: candidate.words, text: surface(candidate), count: 1, first: candidate.start,
            type: candidate.type))
      }
    }
    var containing: [UInt64: [Int]] = [:]
    for (index, form) in forms.enumerated() {
      // Each distinct word once (a form has a handful of words: no `Set`).
      for (position, word) in form.words.enumerated()
      where !form.words[..<position].contains(word) {
        containing[word, default: []].append(index)
      }
    }
    var canonical = [String](repeating: "", count: forms.count)
    for (index, form) in forms.enumerated() {
      var best = index
      for other in containing[form.words.first ?? 0] ?? [] where other != index {
        let candidate = forms[other]
        guard candidate.type == form.type, candidate.words.count > forms[best].words.count,
          Self.contains(candidate.words, form.words)
        else { continue }
        if candidate.words.count == forms[best].words.count && candidate.first > forms[best].first {
          continue
        }
        best = other
      }
      canonical[index] = forms[best].text
    }
    var result: [EntityMention] = []
    var lastEnd = -1
    for (number, candidate) in candidates.enumerated() where candidate.start >= lastEnd {
      let index = candidateForms[number]
      let kind: EntityKind = candidate.type == .person ? .person : .organization
      result.append(
        EntityMention(
          kind: kind, start: candidate.start, end: candidate.end, text: surface(candidate),
          entity: canonical[index]))
      lastEnd = candidate.end
    }
    return result
  }

  private func surface(_ candidate: Candidate) -> String {
    String(decoding: document.bytes[candidate.start..<candidate.end], as: UTF8.self)
  }

  /// Whether `needle` occurs contiguously in `haystack`.
  static func contains(_ haystack: [UInt64], _ needle: [UInt64]) -> Bool {
    guard !needle.isEmpty, needle.count <= haystack.count else { return false }
    for offset in 0...(haystack.count - needle.count)
    where haystack[offset..<(offset + needle.count)].elementsEqual(needle) {
      return true
    }
    return false
  }
}
