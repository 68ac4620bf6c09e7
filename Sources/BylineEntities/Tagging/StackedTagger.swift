/// The two-pass tagger.
///
/// Pass 1 tags from local and document features. Pass 2 re-tags with its
/// own weights over the core pass-1 templates (the first
/// `stackedPrimaryCount`) plus stacked features: pass 1's labels here and
/// across the document. Only pass 2 pairs the previous label with the word
/// (a cache miss on the sequential path, so pass 1 uses casing instead).
/// Both passes score only `DocumentContext.scored` (tokens that may name
/// someone and their neighbours, about half of news text); the rest are `O`.
struct StackedTagger: Sendable {
  /// Bump when the same model file tags differently (for example which
  /// tokens are scored), so analyses cached under the old version are redone.
  static let revision = 2

  let pass1: WeightTable
  let pass2: WeightTable?
  let gazetteer: Gazetteer
  /// Each pass's label-history rows, computed once.
  private let history1: HistoryRows
  private let history2: HistoryRows?

  init(pass1: WeightTable, pass2: WeightTable?, gazetteer: Gazetteer) {
    self.pass1 = pass1
    self.pass2 = pass2
    self.gazetteer = gazetteer
    history1 = HistoryRows(table: pass1)
    history2 = pass2.map { HistoryRows(table: $0) }
  }

  /// The document context (lexemes, casing, gazetteer) for `document`.
  func context(for document: TokenizedDocument) -> DocumentContext {
    DocumentContext(document: document, gazetteer: gazetteer)
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
      GreedyDecoder.decode(
        context, scores: firstScores, table: pass1, history: history1, into: &labels)
      return labels
    }
    // Pass 2's core templates are pass 1's: hash them a chunk at a time, score both tables.
    var (firstScores, secondScores) = GreedyDecoder.staticScores(
      context, first: pass1, second: pass2, shared: FeatureExtractor.stackedPrimaryCount)
    GreedyDecoder.decode(
      context, scores: firstScores, table: pass1, history: history1, into: &labels)
    firstScores = []
    var secondary: [UInt64] = []
    StackedFeatures.append(context, labels: labels, tokens: context.scored, into: &secondary)
    // Pass 2's extra features are added to its core scores in place.
    GreedyDecoder.addStaticScores(
      count, features: secondary, stride: FeatureExtractor.pass2ExtraCount, table: pass2,
      tokens: context.scored, to: &secondScores)
    GreedyDecoder.decode(
      context, scores: secondScores, table: pass2, wordHistory: true, history: history2,
      into: &labels)
    return labels
  }
}
