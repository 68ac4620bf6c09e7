import BylineStore

extension ReaderDocument {
  /// The document with the user's corrections applied to its mentions.
  ///
  /// A rejected name (canonical name or the mention's own words) loses its
  /// highlights; a name given a kind gets that kind; and a name declared an
  /// entity is highlighted wherever its words occur as whole words
  /// (case-insensitively) and nothing else is highlighted there.
  public func applying(_ corrections: EntityCorrections) -> ReaderDocument {
    guard !corrections.isEmpty else { return self }
    var result: [DocumentMention] = []
    for var mention in mentions {
      let text =
        blocks.indices.contains(mention.block)
        ? String(
          blocks[mention.block].text[mention.range.clamped(to: blocks[mention.block].text.indices)])
        : ""
      var decision = corrections.decision(for: mention.entity)
      if decision == .keep { decision = corrections.decision(for: text) }
      switch decision {
      case .keep: break
      case .reject: continue
      case .kind(let kind): mention.kind = kind == .person ? .person : .organization
      }
      result.append(mention)
    }
    for (name, kind) in corrections.declared {
      let needle = Array(name.lowercased())
      guard !needle.isEmpty else { continue }
      for (index, block) in blocks.enumerated() where block.role != .meta {
        for range in Self.wholeWordRanges(of: needle, in: block.text) {
          let overlapping = result.contains {
            $0.block == index && $0.range.overlaps(range)
          }
          guard !overlapping else { continue }
          result.append(
            DocumentMention(
              block: index, range: range, kind: kind == .person ? .person : .organization,
              entity: name))
        }
      }
    }
    result.sort { ($0.block, $0.range.lowerBound) < ($1.block, $1.range.lowerBound) }
    var document = self
    document.mentions = result
    return document
  }

  /// Where `needle` (lowercased characters) occurs in `text` as whole words.
  static func wholeWordRanges(of needle: [Character], in text: [Character]) -> [Range<Int>] {
    guard text.count >= needle.count else { return [] }
    var found: [Range<Int>] = []
    var start = 0
    while start + needle.count <= text.count {
      let end = start + needle.count
      let matches = zip(text[start..<end], needle).allSatisfy { $0.lowercased() == String($1) }
      let before = start == 0 || !(text[start - 1].isLetter || text[start - 1].isNumber)
      let after = end == text.count || !(text[end].isLetter || text[end].isNumber)
      if matches && before && after {
        found.append(start..<end)
        start = end
      } else {
        start += 1
      }
    }
    return found
  }
}
