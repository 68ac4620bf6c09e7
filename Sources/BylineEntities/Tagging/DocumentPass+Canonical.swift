extension DocumentPass {
  /// Builds mentions whose `entity` is the fullest same-type name containing them.
  func canonicalize(_ candidates: [Candidate]) -> [EntityMention] {
    var forms: [[UInt64]: (text: String, count: Int, first: Int, type: NERType)] = [:]
    for candidate in candidates {
      let text = surface(candidate)
      if var existing = forms[candidate.words] {
        existing.count += 1
        forms[candidate.words] = existing
      } else {
        forms[candidate.words] = (text, 1, candidate.start, candidate.type)
      }
    }
    let ordered = forms.sorted { $0.value.first < $1.value.first }
    var result: [EntityMention] = []
    var lastEnd = -1
    for candidate in candidates where candidate.start >= lastEnd {
      var best = candidate.words
      var bestInfo = forms[candidate.words]
      for (words, info) in ordered
      where info.type == candidate.type && words.count > best.count
        && Self.contains(words, candidate.words)
      {
        best = words
        bestInfo = info
      }
      let kind: EntityKind = candidate.type == .person ? .person : .organization
      result.append(
        EntityMention(
          kind: kind, start: candidate.start, end: candidate.end, text: surface(candidate),
          entity: bestInfo?.text ?? surface(candidate)))
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
    where Array(haystack[offset..<(offset + needle.count)]) == needle {
      return true
    }
    return false
  }
}
