extension DocumentPass {
  /// Applies header, curated-name and context-cue rules to the model's spans.
  mutating func applyCues() {
    let lexemes = context.lexemes
    let ids = context.wordIDs
    let count = document.tokenCount
    // Each distinct word's cue lists, looked up once.
    let wordFlags = ContextCues.flags(of: context.words)
    func cues(_ token: Int) -> ContextCues.Flags {
      ContextCues.Flags(rawValue: UInt8(truncatingIfNeeded: wordFlags[Int(ids[token])]))
    }
    // A rule fires only at a sentence start, after a role word or before a
    // cue word: every other token is skipped at once.
    let triggers: ContextCues.Flags = [.organizationNoun, .speechVerb, .quotedAuxiliary]
    let colon = ContextCues.colon
    var index = 0
    while index < count {
      let sentenceStart = Int(context.sentenceStart[index])
      let sentenceEnd = Int(context.sentenceEnd[index])
      let cue = cues(index)
      let nextCue = index + 1 < sentenceEnd ? cues(index + 1) : []
      guard
        index == sentenceStart || cue.contains(.publicationRole)
          || !nextCue.isDisjoint(with: triggers)
      else {
        index += 1
        continue
      }
      let next = index + 1 < sentenceEnd ? lexemes[index + 1].lower : 0
      let next2Cue = index + 2 < sentenceEnd ? cues(index + 2) : []

      // `Source: Name` / `Credit: Name` header lines.
      if index == sentenceStart, next == colon, sentenceEnd - index >= 3,
        sentenceEnd - index <= 8, capitalizedRun(from: index + 2) == sentenceEnd
      {
        if cue.contains(.organizationHeader) {
          override(index + 2..<sentenceEnd, .organization)
        } else if cue.contains(.personHeader),
          !spans.contains(where: {
            $0.type == .person && $0.start >= index + 2 && $0.end <= sentenceEnd
          })
        {
          override(index + 2..<sentenceEnd, .person)
        }
      }
      // `editor of Silicon UK`: a capitalised run after a role and a link word.
      if cue.contains(.publicationRole), nextCue.contains(.roleLink),
        index + 2 < sentenceEnd, lexemes[index + 2].isCapitalized
      {
        let end = capitalizedRun(from: index + 2)
        if end - (index + 2) <= 4, label(at: index + 2) != .person {
          spans.removeAll { $0.start < end && $0.end > index + 2 && $0.type != .person }
          override(index + 2..<end, .organization)
        }
      }
      // `its Honor subsidiary`.
      if index > sentenceStart, lexemes[index].isCapitalized,
        nextCue.contains(.organizationNoun),
        label(at: index) != .person
      {
        override(index..<(index + 1), .organization)
      }
      // `Ren expressed`, `Ren is quoted`.
      if lexemes[index].isCapitalized, lexemes[index].casing != .allCaps,
        nextCue.contains(.speechVerb)
          || (nextCue.contains(.quotedAuxiliary) && next2Cue.contains(.quotedParticiple)),
        // The context's category is the pass's gazetteer's (the same model).
        Self.mayBePerson(Int(context.gazetteer[index])),
        label(at: index) == nil || label(at: index) == .miscellaneous,
        index == sentenceStart || !lexemes[index - 1].isCapitalized
      {
        override(index..<(index + 1), .person)
      }
      index += 1
    }
    applyKnownOrganizations(wordFlags)
  }

  /// Whether a gazetteer category allows reading the word as a person name:
  /// unseen, or seen mostly as a person, MISC name or mixed.
  private static func mayBePerson(_ category: Int) -> Bool {
    let dominant = (category >> 5) & 7
    return category == 0 || dominant == 1 || dominant == 4 || dominant == 6
  }

  /// Tags curated organization names, replacing shorter spans inside them.
  ///
  /// Only words whose lowercase form is a known name's (`wordFlags`, by
  /// word id) are looked up by their exact form.
  private mutating func applyKnownOrganizations(_ wordFlags: [UInt16]) {
    let lexemes = context.lexemes
    let ids = context.wordIDs
    let known = ContextCues.knownOrganizationTable
    let lowercase = ContextCues.knownOrganizationLowercase
    for index in 0..<document.tokenCount
    where wordFlags[Int(ids[index])] & lowercase != 0 && known.value(for: lexemes[index].word) {
      override(index..<(index + 1), .organization)
    }
  }

  /// One past the last token of the capitalised run starting at `start` (same sentence).
  private func capitalizedRun(from start: Int) -> Int {
    let sentenceEnd = Int(context.sentenceEnd[start])
    var end = start
    while end < sentenceEnd,
      context.lexemes[end].isCapitalized || context.lexemes[end].casing == .numeric
    {
      end += 1
    }
    return end
  }

  /// The type of the span covering `token`, if any.
  func label(at token: Int) -> NERType? {
    var low = 0
    var high = spans.count
    while low < high {
      let middle = (low + high) / 2
      if spans[middle].start <= token { low = middle + 1 } else { high = middle }
    }
    guard low > 0, spans[low - 1].end > token else { return nil }
    return spans[low - 1].type
  }

  /// Replaces the spans inside `range` with one span of `type`; leaves
  /// everything alone when a span crosses the range's edges.
  mutating func override(_ range: Range<Int>, _ type: NERType) {
    guard !range.isEmpty else { return }
    let crossing = spans.contains { span in
      span.start < range.upperBound && span.end > range.lowerBound
        && (span.start < range.lowerBound || span.end > range.upperBound)
    }
    guard !crossing else { return }
    spans.removeAll { $0.start >= range.lowerBound && $0.end <= range.upperBound }
    spans.append(EntitySpan(start: range.lowerBound, end: range.upperBound, type: type))
    spans.sort { $0.start < $1.start }
  }
}
