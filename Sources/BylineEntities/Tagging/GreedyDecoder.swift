/// Greedy left-to-right BILOU decoding with the two previous labels as features.
///
/// Static features do not depend on earlier decisions, so their class scores
/// are summed for all tokens first (independent loads the CPU can overlap);
/// the sequential loop then adds only the four tag-history features. Any
/// label may follow any other (spans are read leniently), except that the
/// last token of a sentence must close its entity.
enum GreedyDecoder {
  /// Per token, the summed static-feature scores from `table`, plus `base` when given.
  ///
  /// - Parameters:
  ///   - features: `stride` feature values per token.
  ///   - used: how many of each token's features to use (the first ones).
  ///   - base: scores to start from.
  static func staticScores(
    _ count: Int, features: [UInt64], stride: Int, using used: Int? = nil, table: WeightTable,
    base: [ClassScores]? = nil
  ) -> [ClassScores] {
    let used = min(used ?? stride, stride)
    let shift = table.shift
    var result = base ?? [ClassScores](repeating: ClassScores(), count: count)
    guard result.count == count, features.count >= count * stride else { return result }
    table.withRows { weights in
      result.withUnsafeMutableBufferPointer { output in
        features.withUnsafeBufferPointer { values in
          for index in 0..<count {
            var scores = output[index]
            let start = index &* stride
            for offset in 0..<used {
              scores.add(weights, row: Int(truncatingIfNeeded: values[start &+ offset] >> shift))
            }
            output[index] = scores
          }
        }
      }
    }
    return result
  }

  /// Decodes every sentence of `context` into `labels`, adding the
  /// tag-history features of `table` to the precomputed `scores`.
  static func decode(
    _ context: DocumentContext, scores staticScores: [ClassScores], table: WeightTable,
    wordHistory: Bool = false, into labels: inout [UInt8]
  ) {
    let count = context.lexemes.count
    guard count > 0, staticScores.count == count, labels.count == count else { return }
    let shift = table.shift
    let penalty = ClassScores.closingPenalty
    let laneLabels = ClassScores.labels
    table.withRows { weights in
      staticScores.withUnsafeBufferPointer { scoresBuffer in
        context.lexemes.withUnsafeBufferPointer { lexemes in
          var previous: UInt8 = 0
          var previous2: UInt8 = 0
          for index in 0..<count {
            if index == Int(context.sentenceStart[index]) {
              previous = 0
              previous2 = 0
            }
            var scores = scoresBuffer[index]
            let dynamic = FeatureExtractor.dynamic(
              lexemes[index], previous: previous, previous2: previous2, wordHistory: wordHistory)
            scores.add(weights, row: Int(truncatingIfNeeded: dynamic.0 >> shift))
            scores.add(weights, row: Int(truncatingIfNeeded: dynamic.1 >> shift))
            scores.add(weights, row: Int(truncatingIfNeeded: dynamic.2 >> shift))
            scores.add(weights, row: Int(truncatingIfNeeded: dynamic.3 >> shift))
            if index == Int(context.sentenceEnd[index]) - 1 { scores.lanes += penalty }
            let label = scores.best(labels: laneLabels)
            labels[index] = label
            previous2 = previous
            previous = label
          }
        }
      }
    }
  }
}
