/// Turns a document context into hashed feature values, token by token.
///
/// Every template always emits exactly one value, so features live in a flat
/// array with a fixed stride. A weight row is picked by the top bits of the
/// value. Changing any template means bumping `featureSetVersion`.
enum FeatureExtractor {
  /// The version of the feature templates; stored in and checked against the model.
  static let featureSetVersion: UInt32 = 8
  /// Static features per token in pass 1.
  static let pass1Count = 34
  /// How many of the pass-1 templates (the first ones) pass 2 reuses.
  static let stackedPrimaryCount = 20
  /// Extra static features per token in pass 2.
  static let pass2ExtraCount = 10
  /// Tag-history features added during decoding.
  static let dynamicCount = 4

  private static let sentenceStart = FeatureHash.string("<S>")
  private static let sentenceEnd = FeatureHash.string("</S>")

  @inline(__always)
  static func feature(_ template: UInt64, _ value: UInt64) -> UInt64 {
    FeatureHash.mix(value ^ (template &* 0x9e37_79b9_7f4a_7c15))
  }

  @inline(__always)
  static func pair(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
    feature(template, FeatureHash.combine(a, b))
  }

  /// Appends the pass-1 features of every token to `out` (stride `pass1Count`).
  static func pass1(_ context: DocumentContext, into out: inout [UInt64]) {
    let count = context.lexemes.count
    let boundaries = (start: sentenceStart, end: sentenceEnd)
    let small = SmallPass1Features.shared
    if out.isEmpty {
      // Every slot is written below: skip zero-filling a fresh buffer.
      out = [UInt64](unsafeUninitializedCapacity: count * pass1Count) { buffer, initialized in
        context.lexemes.withUnsafeBufferPointer { lexemes in
          guard let base = buffer.baseAddress else { return }
          for index in 0..<count {
            var writer = Writer(next: base + index * pass1Count)
            appendPass1(context, lexemes, index, boundaries, small, into: &writer)
          }
        }
        initialized = count * pass1Count
      }
      return
    }
    let first = out.count
    out.append(contentsOf: repeatElement(0, count: count * pass1Count))
    context.lexemes.withUnsafeBufferPointer { lexemes in
      out.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return }
        for index in 0..<count {
          var writer = Writer(next: base + first + index * pass1Count)
          appendPass1(context, lexemes, index, boundaries, small, into: &writer)
        }
      }
    }
  }

  /// Writes the pass-1 features of `tokens` (token indices) to `base`
  /// (stride `pass1Count`, in the order given).
  static func pass1(
    _ context: DocumentContext, tokens: UnsafeBufferPointer<Int32>,
    to base: UnsafeMutablePointer<UInt64>
  ) {
    let boundaries = (start: sentenceStart, end: sentenceEnd)
    let small = SmallPass1Features.shared
    context.lexemes.withUnsafeBufferPointer { lexemes in
      for position in 0..<tokens.count {
        var writer = Writer(next: base + position &* pass1Count)
        appendPass1(context, lexemes, Int(tokens[position]), boundaries, small, into: &writer)
      }
    }
  }

  /// Writes feature values one after another (the caller sized the buffer).
  private struct Writer {
    var next: UnsafeMutablePointer<UInt64>

    @inline(__always)
    mutating func append(_ value: UInt64) {
      next.initialize(to: value)
      next += 1
    }
  }

  @inline(__always)
  private static func appendPass1(
    _ context: DocumentContext, _ lexemes: UnsafeBufferPointer<Lexeme>, _ index: Int,
    _ boundaries: (start: UInt64, end: UInt64), _ small: SmallPass1Features,
    into out: inout Writer
  ) {
    let sentenceStart = boundaries.start
    let sentenceEnd = boundaries.end
    let start = Int(context.sentenceStart[index])
    let end = Int(context.sentenceEnd[index])
    let this = lexemes[index]
    let previous = index - 1 >= start ? lexemes[index - 1] : nil
    let next = index + 1 < end ? lexemes[index + 1] : nil
    let previous2 = index - 2 >= start ? lexemes[index - 2].lower : sentenceStart
    let next2 = index + 2 < end ? lexemes[index + 2].lower : sentenceEnd
    let previousLower = previous?.lower ?? sentenceStart
    let nextLower = next?.lower ?? sentenceEnd
    let previousWord = previous?.word ?? sentenceStart
    let nextWord = next?.word ?? sentenceEnd
    let previousShape = previous?.shape ?? sentenceStart
    let nextShape = next?.shape ?? sentenceEnd
    let kind = UInt64(context.sentenceKind[index])
    let position = UInt64(context.position[index])
    let casing = UInt64(this.casing.rawValue)
    let docCasing = UInt64(context.docCasing[index])
    let gazetteer = UInt64(truncatingIfNeeded: context.gazetteer[index])
    let previousGazetteer =
      index - 1 >= start ? UInt64(truncatingIfNeeded: context.gazetteer[index - 1]) : 999
    let nextGazetteer =
      index + 1 < end ? UInt64(truncatingIfNeeded: context.gazetteer[index + 1]) : 999

    // The first `stackedPrimaryCount` templates are the core ones pass 2 reuses.
    out.append(feature(0, 0))
    out.append(feature(1, this.word))
    out.append(feature(2, this.lower))
    out.append(feature(3, this.shape))
    out.append(feature(10, this.suffix3))
    out.append(feature(12, previousLower))
    out.append(feature(13, nextLower))
    out.append(pair(16, previousShape, this.shape))
    out.append(pair(17, this.shape, nextShape))
    out.append(small.positionCasing(position, casing))
    out.append(pair(23, kind, this.shape))
    out.append(small.documentCasing(docCasing, kind, position == 0 ? 1 : 0, casing))
    out.append(small.gazetteer(25, gazetteer))
    out.append(feature(33, gazetteer << 16 | docCasing << 8 | casing))
    out.append(small.gazetteer(26, previousGazetteer))
    out.append(small.gazetteer(27, nextGazetteer))
    out.append(feature(20, previousWord))
    out.append(feature(21, nextWord))
    out.append(pair(31, previousLower, this.shape))
    out.append(pair(32, this.shape, nextLower))
    out.append(feature(4, this.prefix1))
    out.append(feature(5, this.prefix2))
    out.append(feature(6, this.prefix3))
    out.append(feature(7, this.prefix4))
    out.append(feature(8, this.suffix1))
    out.append(feature(9, this.suffix2))
    out.append(feature(11, this.suffix4))
    out.append(feature(14, previous2))
    out.append(feature(15, next2))
    out.append(pair(18, previousLower, this.lower))
    out.append(pair(19, this.lower, nextLower))
    out.append(feature(28, this.hyphenFirst))
    out.append(feature(29, this.hyphenLast))
    out.append(pair(30, FeatureHash.combine(previousShape, this.shape), nextShape))
  }

  /// The tag-history feature of the previous label alone.
  @inline(__always)
  static func history(_ previous: UInt8) -> UInt64 { feature(40, UInt64(previous)) }

  /// The tag-history feature of the two previous labels.
  @inline(__always)
  static func history(_ previous: UInt8, _ previous2: UInt8) -> UInt64 {
    feature(41, UInt64(previous2) << 8 | UInt64(previous))
  }

  /// The tag-history features of token `index` given the two previous labels.
  @inline(__always)
  static func dynamic(
    _ lexeme: Lexeme, previous: UInt8, previous2: UInt8, wordHistory: Bool = false
  ) -> (
    UInt64, UInt64, UInt64, UInt64
  ) {
    let word = history(lexeme, previous: previous, wordHistory: wordHistory)
    return (history(previous), history(previous, previous2), word.0, word.1)
  }

  /// The two tag-history features that pair the previous label with the
  /// token itself (`dynamic`'s last two).
  @inline(__always)
  static func history(_ lexeme: Lexeme, previous: UInt8, wordHistory: Bool) -> (UInt64, UInt64) {
    let tag = UInt64(previous)
    return (
      wordHistory
        ? pair(44, tag, lexeme.lower) : feature(42, tag << 8 | UInt64(lexeme.casing.rawValue)),
      pair(43, tag, lexeme.shape)
    )
  }
}
