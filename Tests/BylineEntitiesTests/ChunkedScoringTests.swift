import Testing

@testable import BylineEntities

/// The tagger hashes and scores features a chunk of tokens at a time; its
/// labels must be exactly those of scoring whole-document feature arrays.
@Suite struct ChunkedScoringTests {
  /// Labels by the whole-document path: every feature array built in full,
  /// then scored with `GreedyDecoder.staticScores`/`addStaticScores`.
  private static func referenceLabels(_ tagger: StackedTagger, _ context: DocumentContext)
    -> [UInt8]
  {
    let count = context.lexemes.count
    var primary: [UInt64] = []
    FeatureExtractor.pass1(context, into: &primary)
    let firstScores = GreedyDecoder.staticScores(
      count, features: primary, stride: FeatureExtractor.pass1Count, table: tagger.pass1)
    var labels = [UInt8](repeating: 0, count: count)
    GreedyDecoder.decode(context, scores: firstScores, table: tagger.pass1, into: &labels)
    guard let pass2 = tagger.pass2 else { return labels }
    var secondScores = GreedyDecoder.staticScores(
      count, features: primary, stride: FeatureExtractor.pass1Count,
      using: FeatureExtractor.stackedPrimaryCount, table: pass2)
    var secondary: [UInt64] = []
    StackedFeatures.append(context, labels: labels, into: &secondary)
    GreedyDecoder.addStaticScores(
      count, features: secondary, stride: FeatureExtractor.pass2ExtraCount, table: pass2,
      to: &secondScores)
    GreedyDecoder.decode(
      context, scores: secondScores, table: pass2, wordHistory: true, into: &labels)
    return labels
  }

  @Test("chunked scoring gives the whole-document labels, across chunk boundaries")
  func chunkedMatchesWholeDocument() throws {
    let recognizer = try #require(SharedFixtures.recognizer)
    let tagger = recognizer.tagger
    let sentences = [
      "Angela Merkel met Emmanuel Macron in Paris on Tuesday, officials said.",
      "The European Central Bank kept rates unchanged, said Christine Lagarde.",
      "Shares of Siemens AG rose 3 percent after the report from Reuters.",
      "MANCHESTER UNITED BEAT ARSENAL 2-1 AT OLD TRAFFORD.",
      "Merkel said the talks with Macron and the ECB had been useful.",
    ]
    // Shorter than one 128-token chunk, about one chunk, and several
    // chunks with a remainder.
    for repeats in [1, 9, 10, 11, 23] {
      let text = (0..<repeats).map { sentences[$0 % sentences.count] }.joined(separator: " ")
      let document = Tokenizer().tokenize(text)
      let context = tagger.context(for: document)
      let labels = tagger.tag(context: context)
      #expect(labels == Self.referenceLabels(tagger, context), "\(document.tokenCount) tokens")
      #expect(labels.contains { $0 != 0 }, "the text names people and organizations")
    }
  }
}
