import Testing

@testable import BylineEntities

/// Quality regression on the CoNLL-2003 dev set (issue 3).
@Suite struct DevSetQualityTests {
  /// Floors just under the figures the committed model reaches (see the final report).
  static let floors = (person: 92.0, organization: 81.0, personAndOrganization: 87.0)

  @Test("dev-set F1 stays above the floors")
  func devQuality() throws {
    guard let text = SharedFixtures.text("ner/conll2003-dev.txt") else { return }
    let recognizer = try #require(SharedFixtures.recognizer)
    var documents = CoNLLCorpus.parse(Array(text.utf8))
    if !SharedFixtures.isOptimized {
      print("note: debug build, scoring the first 60 of \(documents.count) dev documents only")
      documents = Array(documents.prefix(60))
    }
    var report = EvaluationReport()
    for document in documents {
      report.add(gold: document.goldSpans, predicted: recognizer.spans(in: document.document))
    }
    print(report)
    guard SharedFixtures.isOptimized else { return }
    #expect(report.scores([.person]).f1 >= Self.floors.person)
    #expect(report.scores([.organization]).f1 >= Self.floors.organization)
    #expect(report.scores([.person, .organization]).f1 >= Self.floors.personAndOrganization)
  }
}
