/// Pass-2 (stacked) features: what pass 1 predicted, here and elsewhere in
/// the same document.
///
/// Pass 2 sees, for each token, pass 1's labels around it, how the same
/// capitalised word was tagged across the document and whether the word was
/// part of a multi-token entity (a surname after a full name).
enum StackedFeatures {
  /// Appends the extra pass-2 features (stride `pass2ExtraCount`) of every
  /// token, or of `tokens` (token indices, in their order) when given.
  static func append(
    _ context: DocumentContext, labels: [UInt8], tokens: [Int32]? = nil,
    into out: inout [UInt64]
  ) {
    let count = context.lexemes.count
    let words = context.wordCount
    // Per lowercase word (by `wordIDs`): how its capitalised occurrences were
    // labelled (five counters, O and the four types, in a row of eight), and
    // its positions inside multi-token entities.
    var typeCounts = [UInt16](repeating: 0, count: words &* 8)
    var multi = [UInt16](repeating: 0, count: words)
    var majorities = [UInt64](repeating: 7, count: count)
    var presences = [UInt64](repeating: 0, count: count)
    var multis = [UInt64](repeating: 0, count: count)
    context.wordIDs.withUnsafeBufferPointer { ids in
      context.lexemes.withUnsafeBufferPointer { lexemes in
        labels.withUnsafeBufferPointer { labels in
          typeCounts.withUnsafeMutableBufferPointer { typeCounts in
            multi.withUnsafeMutableBufferPointer { multi in
              for index in 0..<count where lexemes[index].isCapitalized {
                let type = BILOU.type(of: labels[index]).map { $0 + 1 } ?? 0
                typeCounts[Int(ids[index]) &* 8 &+ type] &+= 1
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
          }
        }
      }
    }

    // The majority type and the types present, once per word.
    var wordMajority = [UInt64](repeating: 7, count: words)
    var wordPresence = [UInt64](repeating: 0, count: words)
    typeCounts.withUnsafeBufferPointer { typeCounts in
      guard let base = typeCounts.baseAddress else { return }
      for word in 0..<words {
        let counts = base + word &* 8
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
    }
    context.wordIDs.withUnsafeBufferPointer { ids in
      wordMajority.withUnsafeBufferPointer { wordMajority in
        wordPresence.withUnsafeBufferPointer { wordPresence in
          multi.withUnsafeBufferPointer { multi in
            majorities.withUnsafeMutableBufferPointer { majorities in
              presences.withUnsafeMutableBufferPointer { presences in
                multis.withUnsafeMutableBufferPointer { multis in
                  for index in 0..<count {
                    let word = Int(ids[index])
                    majorities[index] = wordMajority[word]
                    presences[index] = wordPresence[word]
                    multis[index] = UInt64(multi[word])
                  }
                }
              }
            }
          }
        }
      }
    }

    let origin = out.count
    let rows = tokens?.count ?? count
    guard tokens?.allSatisfy({ $0 >= 0 && Int($0) < count }) ?? true else { return }
    out.append(contentsOf: repeatElement(0, count: rows * FeatureExtractor.pass2ExtraCount))
    // Written through a pointer: `append` checks capacity and uniqueness per value.
    out.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      context.lexemes.withUnsafeBufferPointer { lexemes in
        context.sentenceStart.withUnsafeBufferPointer { starts in
          context.sentenceEnd.withUnsafeBufferPointer { ends in
            labels.withUnsafeBufferPointer { labels in
              majorities.withUnsafeBufferPointer { majorities in
                presences.withUnsafeBufferPointer { presences in
                  multis.withUnsafeBufferPointer { multis in
                    let small = SmallStackedFeatures.shared
                    var cursor = base + origin
                    func put(_ value: UInt64) {
                      cursor.pointee = value
                      cursor += 1
                    }
                    for row in 0..<rows {
                      let index = tokens.map { Int($0[row]) } ?? row
                      let start = Int(starts[index])
                      let end = Int(ends[index])
                      let label = UInt64(labels[index])
                      let previous = index - 1 >= start ? UInt64(labels[index - 1]) : 99
                      let previous2 = index - 2 >= start ? UInt64(labels[index - 2]) : 99
                      let next = index + 1 < end ? UInt64(labels[index + 1]) : 99
                      let casing = UInt64(lexemes[index].casing.rawValue)
                      let lower = lexemes[index].lower
                      let majority = majorities[index]
                      let presence = presences[index]
                      let multi = multis[index]
                      let previousMajority = index - 1 >= start ? majorities[index - 1] : 99
                      let nextMajority = index + 1 < end ? majorities[index + 1] : 99
                      let first: UInt64 = index == start ? 1 : 0
                      put(small.label(label))
                      put(small.neighbours(previous, next))
                      put(small.majorityCasing(majority, casing))
                      put(small.presence(presence))
                      put(FeatureExtractor.feature(54, multi))
                      put(FeatureExtractor.feature(55, multi << 8 | casing << 1 | first))
                      put(small.history(previous2, previous))
                      put(small.majorities(previousMajority, nextMajority))
                      put(FeatureExtractor.pair(58, previous, lower))
                      put(FeatureExtractor.pair(59, next, lower))
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
