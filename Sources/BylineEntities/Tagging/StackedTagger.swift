/// The two-pass tagger.
///
/// Pass 1 tags from local and document features. Pass 2 re-tags with its
/// own weights over the core pass-1 templates (the first
/// `stackedPrimaryCount`) plus stacked features: pass 1's labels here and
/// across the document. Only pass 2 pairs the previous label with the word
/// (a cache miss on the sequential path, so pass 1 uses casing instead).
struct StackedTagger: Sendable {
  let pass1: WeightTable
  let pass2: WeightTable?
  let gazetteer: Gazetteer

  /// The document context (lexemes, casing, gazetteer) for `document`.
  func context(for document: TokenizedDocument) -> DocumentContext {
    DocumentContext(document: document) { _, lower in gazetteer.category(lower) }
  }

  /// BILOU labels for every token of `document`.
  func tag(_ document: TokenizedDocument) -> [UInt8] {
    tag(context: context(for: document))
  }

  /// BILOU labels for every token of a prepared context.
  func tag(context: DocumentContext) -> [UInt8] {
    let count = context.lexemes.count
    var labels = [UInt8](repeating: 0, count: count)
    guard let pass2 else {
      var primary: [UInt64] = []
      FeatureExtractor.pass1(context, into: &primary)
      let firstScores = GreedyDecoder.staticScores(
        count, features: primary, stride: FeatureExtractor.pass1Count, table: pass1)
      GreedyDecoder.decode(context, scores: firstScores, table: pass1, into: &labels)
      return labels
    }
    // Pass 2's core templates are pass 1's: hash them a chunk at a time, score both tables.
    let (firstScores, core) = GreedyDecoder.staticScores(
      context, first: pass1, second: pass2, shared: FeatureExtractor.stackedPrimaryCount)
    GreedyDecoder.decode(context, scores: firstScores, table: pass1, into: &labels)
    var secondary: [UInt64] = []
    StackedFeatures.append(context, labels: labels, into: &secondary)
    let secondScores = GreedyDecoder.staticScores(
      count, features: secondary, stride: FeatureExtractor.pass2ExtraCount, table: pass2,
      base: core)
    GreedyDecoder.decode(
      context, scores: secondScores, table: pass2, wordHistory: true, into: &labels)
    return labels
  }
}
