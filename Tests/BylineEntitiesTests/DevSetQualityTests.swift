import Testing

@testable import BylineEntities

/// Quality regression on the CoNLL-2003 dev set (issue 3).
@Suite struct DevSetQualityTests {
  /// Floors just under the figures the committed model reaches (see the final report).
  static let floors = (person: 95.5, organization: 87.5, personAndOrganization: 92.0)

  @Test("dev-set F1 stays above the floors")
  func devQuality() throws {
    guard let text = SharedFixtures.text("ner/conll2003-dev.txt") else { return }
    let recognizer = try #require(SharedFixtures.recognizer)
    let documents = CoNLLCorpus.parse(Array(text.utf8))
    var report = EvaluationReport()
    for document in documents {
      report.add(gold: document.goldSpans, predicted: recognizer.spans(in: document.document))
    }
    print(report)
    #expect(report.scores([.person]).f1 >= Self.floors.person)
    #expect(report.scores([.organization]).f1 >= Self.floors.organization)
    #expect(report.scores([.person, .organization]).f1 >= Self.floors.personAndOrganization)
  }
}
