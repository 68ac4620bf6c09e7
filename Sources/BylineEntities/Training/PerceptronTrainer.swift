/// An averaged perceptron over hashed feature rows, with lazy averaging.
///
/// Knows nothing about words: it sees feature values, a gold label and a
/// guess. Averaging follows the textblob/NLTK tagger: each weight keeps the
/// running total of its past values and the time it last changed.
struct PerceptronTrainer {
  let bits: Int
  private(set) var weights: [Float]
  private var totals: [Double]
  private var stamps: [Int32]
  private(set) var clock: Int32 = 0

  init(bits: Int) {
    self.bits = bits
    let size = (1 << bits) * BILOU.count
    weights = [Float](repeating: 0, count: size)
    totals = [Double](repeating: 0, count: size)
    stamps = [Int32](repeating: 0, count: size)
  }

  var shift: UInt64 { UInt64(64 - bits) }

  /// Advances the clock by one instance.
  mutating func tick() { clock += 1 }

  /// Moves the rows of `features` towards `truth` and away from `guess`.
  mutating func update(_ features: [UInt64], truth: UInt8, guess: UInt8) {
    let shift = self.shift
    let now = clock
    weights.withUnsafeMutableBufferPointer { weights in
      totals.withUnsafeMutableBufferPointer { totals in
        stamps.withUnsafeMutableBufferPointer { stamps in
          for feature in features {
            let row = Int(truncatingIfNeeded: feature >> shift) &* BILOU.count
            let up = row + Int(truth)
            totals[up] += Double(now - stamps[up]) * Double(weights[up])
            stamps[up] = now
            weights[up] += 1
            let down = row + Int(guess)
            totals[down] += Double(now - stamps[down]) * Double(weights[down])
            stamps[down] = now
            weights[down] -= 1
          }
        }
      }
    }
  }

  /// The averaged weights.
  func averaged() -> WeightTable {
    let now = Double(max(clock, 1))
    var result = [Float](repeating: 0, count: weights.count)
    for slot in weights.indices {
      let total = totals[slot] + Double(clock - stamps[slot]) * Double(weights[slot])
      result[slot] = Float(total / now)
    }
    return WeightTable(bits: bits, classWeights: result)
  }
}
