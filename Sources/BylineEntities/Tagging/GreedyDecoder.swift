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
  /// Two tokens are summed side by side (each in its own feature order, so
  /// the sums are exactly those of one token at a time): their loads and
  /// additions overlap instead of waiting on one dependency chain.
  ///
  /// - Parameters:
  ///   - features: `stride` feature values per token.
  ///   - used: how many of each token's features to use (the first ones).
  ///   - base: scores to start from.
  static func staticScores(
    _ count: Int, features: [UInt64], stride: Int, using used: Int? = nil, table: WeightTable,
    base: [ClassScores]? = nil
  ) -> [ClassScores] {
    var result = base ?? [ClassScores](repeating: ClassScores(), count: count)
    addStaticScores(
      count, features: features, stride: stride, using: used, table: table, to: &result)
    return result
  }

  /// Adds the static-feature scores from `table` to `result` (see `staticScores`).
  ///
  /// With `tokens`, `features` holds only those tokens' features, in their
  /// order, and each token's sum is added at its index.
  static func addStaticScores(
    _ count: Int, features: [UInt64], stride: Int, using used: Int? = nil, table: WeightTable,
    tokens: [Int32]? = nil, to result: inout [ClassScores]
  ) {
    let used = min(used ?? stride, stride)
    let shift = table.shift
    let rows = tokens?.count ?? count
    guard result.count == count, features.count >= rows * stride,
      tokens?.allSatisfy({ $0 >= 0 && Int($0) < count }) ?? true
    else { return }
    table.withRows { weights in
      result.withUnsafeMutableBufferPointer { output in
        features.withUnsafeBufferPointer { values in
          (tokens ?? []).withUnsafeBufferPointer { listed in
            // Where the sum of feature row `index` goes.
            func target(_ index: Int) -> Int { tokens == nil ? index : Int(listed[index]) }
            var index = 0
            while index &+ 1 < rows {
              let one = target(index)
              let two = target(index &+ 1)
              var first = output[one]
              var second = output[two]
              let start = index &* stride
              for offset in 0..<used {
                first.add(weights, row: Int(truncatingIfNeeded: values[start &+ offset] &>> shift))
                second.add(
                  weights, row: Int(truncatingIfNeeded: values[start &+ stride &+ offset] &>> shift)
                )
              }
              output[one] = first
              output[two] = second
              index &+= 2
            }
            if index < rows {
              let one = target(index)
              var scores = output[one]
              let start = index &* stride
              for offset in 0..<used {
                scores.add(weights, row: Int(truncatingIfNeeded: values[start &+ offset] &>> shift))
              }
              output[one] = scores
            }
          }
        }
      }
    }
  }

  /// Tokens whose pass-1 features are hashed and scored at a time: their
  /// features (`pass1Count` values each) stay in the L1/L2 cache between
  /// being written and read, and the buffer is reused for the whole document.
  static let chunk = 128

  /// Pass-1 static scores of `context`'s scored tokens from two tables in one sweep.
  ///
  /// All `pass1Count` features of each token come from `first`, and the
  /// first `shared` of them from `second` (pass 2's core templates). Tokens
  /// not in `DocumentContext.scored` keep zero scores; `decode` labels them
  /// `O` without reading them.
  ///
  /// Features are hashed a chunk of tokens at a time into a small reused
  /// buffer, then scored (measured: hashing inside the scoring loop was
  /// slower, since the loop is then not almost only row loads). Each sum
  /// adds its rows in the same order as `staticScores`, so the results are
  /// bit-identical to hashing the whole document and scoring it twice.
  static func staticScores(
    _ context: DocumentContext, first: WeightTable, second: WeightTable, shared: Int
  ) -> (first: [ClassScores], second: [ClassScores]) {
    let count = context.lexemes.count
    let stride = FeatureExtractor.pass1Count
    let shared = min(shared, stride)
    let tables = Tables(
      first: first, firstShift: first.shift, second: second, secondShift: second.shift)
    var firstScores = [ClassScores](repeating: ClassScores(), count: count)
    var secondScores = [ClassScores](repeating: ClassScores(), count: count)
    firstScores.withUnsafeMutableBufferPointer { firstOutput in
      secondScores.withUnsafeMutableBufferPointer { secondOutput in
        context.scored.withUnsafeBufferPointer { scored in
          withUnsafeTemporaryAllocation(of: UInt64.self, capacity: chunk &* stride) { features in
            guard let values = features.baseAddress, let firstBase = firstOutput.baseAddress,
              let secondBase = secondOutput.baseAddress, let tokens = scored.baseAddress
            else { return }
            var start = 0
            while start < scored.count {
              let end = min(scored.count, start &+ chunk)
              let group = UnsafeBufferPointer(start: tokens + start, count: end &- start)
              FeatureExtractor.pass1(context, tokens: group, to: values)
              sweep(
                UnsafePointer(values), group, stride: stride, shared: shared, tables: tables,
                into: (firstBase, secondBase))
              start = end
            }
          }
        }
      }
    }
    return (firstScores, secondScores)
  }

  /// The two tables of a two-table sweep and their row shifts.
  private struct Tables {
    let first: WeightTable
    let firstShift: UInt64
    let second: WeightTable
    let secondShift: UInt64
  }

  /// Scores `tokens` (their features in `values`, stride `stride`, in
  /// order) into the two outputs, at each token's index.
  ///
  /// Two tokens side by side, each with one sum per table: four independent
  /// dependency chains, so their row loads overlap.
  @inline(__always)
  private static func sweep(
    _ values: UnsafePointer<UInt64>, _ tokens: UnsafeBufferPointer<Int32>, stride: Int,
    shared: Int, tables: Tables,
    into output: (UnsafeMutablePointer<ClassScores>, UnsafeMutablePointer<ClassScores>)
  ) {
    let count = tokens.count
    let firstShift = tables.firstShift
    let secondShift = tables.secondShift
    tables.first.withRows { firstRows in
      tables.second.withRows { secondRows in
        var index = 0
        while index &+ 1 < count {
          var one = ClassScores()
          var two = ClassScores()
          var three = ClassScores()
          var four = ClassScores()
          let start = index &* stride
          let next = start &+ stride
          for offset in 0..<shared {
            let value = values[start &+ offset]
            let other = values[next &+ offset]
            one.add(firstRows, row: Int(truncatingIfNeeded: value &>> firstShift))
            two.add(secondRows, row: Int(truncatingIfNeeded: value &>> secondShift))
            three.add(firstRows, row: Int(truncatingIfNeeded: other &>> firstShift))
            four.add(secondRows, row: Int(truncatingIfNeeded: other &>> secondShift))
          }
          for offset in shared..<stride {
            one.add(firstRows, row: Int(truncatingIfNeeded: values[start &+ offset] &>> firstShift))
            three.add(
              firstRows, row: Int(truncatingIfNeeded: values[next &+ offset] &>> firstShift))
          }
          let token = Int(tokens[index])
          let nextToken = Int(tokens[index &+ 1])
          output.0[token] = one
          output.1[token] = two
          output.0[nextToken] = three
          output.1[nextToken] = four
          index &+= 2
        }
        if index < count {
          var one = ClassScores()
          var two = ClassScores()
          let start = index &* stride
          for offset in 0..<shared {
            let value = values[start &+ offset]
            one.add(firstRows, row: Int(truncatingIfNeeded: value &>> firstShift))
            two.add(secondRows, row: Int(truncatingIfNeeded: value &>> secondShift))
          }
          for offset in shared..<stride {
            one.add(firstRows, row: Int(truncatingIfNeeded: values[start &+ offset] &>> firstShift))
          }
          let token = Int(tokens[index])
          output.0[token] = one
          output.1[token] = two
        }
      }
    }
  }

  /// Decodes every sentence of `context` into `labels`, adding the
  /// tag-history features of `table` to the precomputed `scores`.
  ///
  /// Only the scored tokens (`DocumentContext.scored`) are decided; every
  /// other token is `O`, and only their scores are read.
  ///
  /// The rows of the two word-dependent history features for "previous
  /// label is `O`" (the common case) are loaded for all scored tokens
  /// first, as independent loads; the sequential loop then only waits on a
  /// cache miss after an entity label. The sums and their order are unchanged.
  static func decode(
    _ context: DocumentContext, scores staticScores: [ClassScores], table: WeightTable,
    wordHistory: Bool = false, history precomputed: HistoryRows? = nil, into labels: inout [UInt8]
  ) {
    let count = context.lexemes.count
    guard count > 0, staticScores.count == count, labels.count == count else { return }
    let shift = table.shift
    let penalty = ClassScores.closingPenalty
    let laneLabels = ClassScores.labels
    let history = precomputed ?? HistoryRows(table: table)
    let scored = context.scored
    let scoredCount = scored.count
    table.withRows { weights in
      // By position in `scored`, two rows each.
      let speculative = [SIMD16<Float>](unsafeUninitializedCapacity: scoredCount &* 2) {
        buffer, initialized in
        context.lexemes.withUnsafeBufferPointer { lexemes in
          scored.withUnsafeBufferPointer { scored in
            for position in 0..<scoredCount {
              let dynamic = FeatureExtractor.history(
                lexemes[Int(scored[position])], previous: 0, wordHistory: wordHistory)
              buffer[position &* 2] = ClassScores.row(
                weights, Int(truncatingIfNeeded: dynamic.0 &>> shift))
              buffer[position &* 2 &+ 1] = ClassScores.row(
                weights, Int(truncatingIfNeeded: dynamic.1 &>> shift))
            }
          }
        }
        initialized = scoredCount &* 2
      }
      staticScores.withUnsafeBufferPointer { scoresBuffer in
        speculative.withUnsafeBufferPointer { rows in
          context.lexemes.withUnsafeBufferPointer { lexemes in
            context.sentenceStart.withUnsafeBufferPointer { starts in
              context.sentenceEnd.withUnsafeBufferPointer { ends in
                scored.withUnsafeBufferPointer { scored in
                  labels.withUnsafeMutableBufferPointer { output in
                    var previous: UInt8 = 0
                    var previous2: UInt8 = 0
                    var position = 0
                    for index in 0..<count {
                      if index == Int(starts[index]) {
                        previous = 0
                        previous2 = 0
                      }
                      guard position < scoredCount, Int(scored[position]) == index else {
                        output[index] = 0
                        previous2 = previous
                        previous = 0
                        continue
                      }
                      var scores = scoresBuffer[index]
                      // The two label-only features' rows come from a table: no
                      // hashing between one decision and the next.
                      scores.add(weights, row: Int(history.first[Int(previous)]))
                      scores.add(
                        weights,
                        row: Int(history.second[Int(previous2) &* BILOU.count &+ Int(previous)]))
                      if previous == 0 {
                        scores.lanes += rows[position &* 2]
                        scores.lanes += rows[position &* 2 &+ 1]
                      } else {
                        let dynamic = FeatureExtractor.history(
                          lexemes[index], previous: previous, wordHistory: wordHistory)
                        scores.add(weights, row: Int(truncatingIfNeeded: dynamic.0 &>> shift))
                        scores.add(weights, row: Int(truncatingIfNeeded: dynamic.1 &>> shift))
                      }
                      if index == Int(ends[index]) - 1 { scores.lanes += penalty }
                      let label = scores.best(labels: laneLabels)
                      output[index] = label
                      previous2 = previous
                      previous = label
                      position &+= 1
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

/// The rows of the two tag-history features that depend only on the
/// previous labels (`FeatureExtractor.dynamic`'s first two) for every pair
/// of labels, in one table's row numbering.
struct HistoryRows: Sendable {
  /// By previous label.
  let first: [Int32]
  /// By `previous2 * BILOU.count + previous`.
  let second: [Int32]

  init(table: WeightTable) {
    let shift = table.shift
    let labels = UInt8(BILOU.count)
    var first: [Int32] = []
    var second: [Int32] = []
    first.reserveCapacity(BILOU.count)
    second.reserveCapacity(BILOU.count * BILOU.count)
    for previous in 0..<labels {
      first.append(Int32(truncatingIfNeeded: FeatureExtractor.history(previous) &>> shift))
    }
    for previous2 in 0..<labels {
      for previous in 0..<labels {
        let value = FeatureExtractor.history(previous, previous2)
        second.append(Int32(truncatingIfNeeded: value &>> shift))
      }
    }
    self.first = first
    self.second = second
  }
}
