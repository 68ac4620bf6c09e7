/// Pass-2 (stacked) features: what pass 1 predicted, here and elsewhere in
/// the same document.
///
/// Pass 2 sees, for each token, pass 1's labels around it, how the same
/// capitalised word was tagged across the document and whether the word was
/// part of a multi-token entity (a surname after a full name).
enum StackedFeatures {
  /// Appends the extra pass-2 features (stride `pass2ExtraCount`).
  static func append(
    _ context: DocumentContext, labels: [UInt8], into out: inout [UInt64]
  ) {
    let count = context.lexemes.count
    let words = context.wordCount
    // Per lowercase word (by `wordIDs`): how its capitalised occurrences were
    // labelled, and its positions inside multi-token entities.
    var typeCounts = [SIMD8<UInt16>](repeating: .zero, count: words)
    var multi = [UInt16](repeating: 0, count: words)
    context.wordIDs.withUnsafeBufferPointer { ids in
      for index in 0..<count where context.lexemes[index].isCapitalized {
        let type = BILOU.type(of: labels[index]).map { $0 + 1 } ?? 0
        typeCounts[Int(ids[index])][type] &+= 1
      }
      var index = 0
      while index < count {
        guard let type = BILOU.type(of: labels[index]) else {
          index += 1
          continue
        }
        var end = index + 1
        while end < count, BILOU.type(of: labels[end]) == type,
          BILOU.part(of: labels[end]) == .inside || BILOU.part(of: labels[end]) == .last
        {
          end += 1
        }
        if end - index >= 2 {
          for member in index..<end {
            let position: UInt16 = member == index ? 1 : (member == end - 1 ? 4 : 2)
            multi[Int(ids[member])] |= position << UInt16(type * 3)
          }
        }
        index = end
      }
    }

    // The majority type and the types present, once per word.
    var wordMajority = [UInt64](repeating: 7, count: words)
    var wordPresence = [UInt64](repeating: 0, count: words)
    for word in 0..<words {
      let counts = typeCounts[word]
      var best = 0
      var presence: UInt64 = 0
      var total = 0
      for type in 0..<5 where counts[type] > 0 {
        presence |= 1 << UInt64(type)
        total += Int(counts[type])
        if counts[type] > counts[best] { best = type }
      }
      guard total > 0 else { continue }
      let unanimous: UInt64 = Int(counts[best]) == total ? 8 : 0
      wordMajority[word] = UInt64(best) | unanimous
      wordPresence[word] = presence
    }
    var majorities = [UInt64](repeating: 7, count: count)
    var presences = [UInt64](repeating: 0, count: count)
    var multis = [UInt64](repeating: 0, count: count)
    for index in 0..<count {
      let word = Int(context.wordIDs[index])
      majorities[index] = wordMajority[word]
      presences[index] = wordPresence[word]
      multis[index] = UInt64(multi[word])
    }

    let origin = out.count
    out.append(contentsOf: repeatElement(0, count: count * FeatureExtractor.pass2ExtraCount))
    // Written through a pointer: `append` checks capacity and uniqueness per value.
    out.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      var cursor = base + origin
      func put(_ value: UInt64) {
        cursor.pointee = value
        cursor += 1
      }
      for index in 0..<count {
        let start = Int(context.sentenceStart[index])
        let end = Int(context.sentenceEnd[index])
        let lexeme = context.lexemes[index]
        let label = UInt64(labels[index])
        let previous = index - 1 >= start ? UInt64(labels[index - 1]) : 99
        let previous2 = index - 2 >= start ? UInt64(labels[index - 2]) : 99
        let next = index + 1 < end ? UInt64(labels[index + 1]) : 99
        let casing = UInt64(lexeme.casing.rawValue)
        let majority = majorities[index]
        let presence = presences[index]
        let multi = multis[index]
        let previousMajority = index - 1 >= start ? majorities[index - 1] : 99
        let nextMajority = index + 1 < end ? majorities[index + 1] : 99
        let first: UInt64 = index == start ? 1 : 0
        put(FeatureExtractor.feature(50, label))
        put(FeatureExtractor.feature(51, previous << 8 | next))
        put(FeatureExtractor.feature(52, majority << 8 | casing))
        put(FeatureExtractor.feature(53, presence))
        put(FeatureExtractor.feature(54, multi))
        put(FeatureExtractor.feature(55, multi << 8 | casing << 1 | first))
        put(FeatureExtractor.feature(56, previous2 << 8 | previous))
        put(FeatureExtractor.feature(57, previousMajority << 8 | nextMajority))
        put(FeatureExtractor.pair(58, previous, lexeme.lower))
        put(FeatureExtractor.pair(59, next, lexeme.lower))
      }
    }
  }
}
