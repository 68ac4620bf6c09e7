/// One training document with its precomputed features.
struct TrainingExample {
  var context: DocumentContext
  var gold: [UInt8]
  var primary: [UInt64]
  var secondary: [UInt64] = []

  /// The token ranges of the document's sentences.
  var sentences: [Range<Int>] {
    var result: [Range<Int>] = []
    var index = 0
    let count = gold.count
    while index < count {
      let end = Int(context.sentenceEnd[index])
      result.append(index..<end)
      index = end
    }
    return result
  }
}

extension PerceptronTrainer {
  /// Trains for `epochs` passes over `examples`, shuffling sentences with a seeded RNG.
  ///
  /// - Parameter stacked: whether to use the examples' pass-2 features too.
  mutating func train(
    _ examples: [TrainingExample], stacked: Bool, epochs: Int, seed: UInt64,
    log: (String) -> Void
  ) {
    var order: [(example: Int, sentence: Range<Int>)] = []
    for (exampleIndex, example) in examples.enumerated() {
      for sentence in example.sentences { order.append((exampleIndex, sentence)) }
    }
    var random = SplitMix64(seed: seed)
    var features: [UInt64] = []
    features.reserveCapacity(64)
    for epoch in 0..<epochs {
      random.shuffle(&order)
      var errors = 0
      var total = 0
      for (exampleIndex, sentence) in order {
        let example = examples[exampleIndex]
        var previous: UInt8 = 0
        var previous2: UInt8 = 0
        for index in sentence {
          tick()
          features.removeAll(keepingCapacity: true)
          let base = index * FeatureExtractor.pass1Count
          let used = stacked ? FeatureExtractor.stackedPrimaryCount : FeatureExtractor.pass1Count
          features.append(contentsOf: example.primary[base..<(base + used)])
          if stacked {
            let extra = index * FeatureExtractor.pass2ExtraCount
            features.append(
              contentsOf: example.secondary[extra..<(extra + FeatureExtractor.pass2ExtraCount)])
          }
          let dynamic = FeatureExtractor.dynamic(
            example.context.lexemes[index], previous: previous, previous2: previous2,
            wordHistory: stacked)
          features.append(dynamic.0)
          features.append(dynamic.1)
          features.append(dynamic.2)
          features.append(dynamic.3)
          var mask = BILOU.decodingMask(after: previous)
          if index == sentence.upperBound - 1 { mask &= BILOU.closingMask }
          let guess = score(features).best(in: mask)
          let truth = example.gold[index]
          if guess != truth {
            errors += 1
            update(features, truth: truth, guess: guess)
          }
          total += 1
          previous2 = previous
          previous = guess
        }
      }
      let accuracy = 100 * Double(total - errors) / Double(max(total, 1))
      log("  epoch \(epoch + 1)/\(epochs): token accuracy \(Int(accuracy * 100) / 100)%")
    }
  }

  /// The current (unaveraged) scores of a feature list.
  func score(_ features: [UInt64]) -> TrainingScores {
    var scores = TrainingScores()
    let shift = self.shift
    weights.withUnsafeBufferPointer { buffer in
      guard let pointer = buffer.baseAddress else { return }
      for feature in features {
        scores.add(pointer, row: Int(truncatingIfNeeded: feature >> shift))
      }
    }
    return scores
  }
}
