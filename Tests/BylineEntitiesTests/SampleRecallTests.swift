import Foundation
import Testing

@testable import BylineEntities

/// Recall of human-annotated people and organizations in `../shared/samples`.
@Suite struct SampleRecallTests {
  /// A loose floor: annotations include descriptors, groups and lowercase spans.
  static let floor = 0.5

  @Test("recall of annotated names in the ten sample articles")
  func sampleRecall() throws {
    guard SharedFixtures.text("samples/entities/001.tsv") != nil else { return }
    let recognizer = try #require(SharedFixtures.recognizer)
    var found = 0
    var total = 0
    var foundAnyKind = 0
    for number in 1...10 {
      let name = String(format: "%03d", number)
      guard let article = SharedFixtures.text("samples/articles/\(name).txt"),
        let table = SharedFixtures.text("samples/entities/\(name).tsv")
      else { continue }
      let mentions = recognizer.mentions(in: article)
      var articleFound = 0
      var articleTotal = 0
      for line in table.split(separator: "\n")
      where !line.hasPrefix("#") && !line.hasPrefix("type\t") {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count >= 4, let count = Int(fields[3]) else { continue }
        let kind: EntityKind = fields[0] == "person" ? .person : .organization
        let gold = String(fields[1])
        // Only names that appear in the article text as written can be found.
        guard article.contains(gold) else { continue }
        let matches = mentions.filter { gold.contains($0.text) }
        total += count
        articleTotal += count
        if matches.contains(where: { $0.kind == kind }) {
          found += count
          articleFound += count
        }
        if !matches.isEmpty { foundAnyKind += count }
      }
      print("sample \(name): \(articleFound)/\(articleTotal) annotated mentions found")
    }
    guard total > 0 else { return }
    let recall = Double(found) / Double(total)
    print(
      "sample recall: \(found)/\(total) = \(Int(recall * 1000) / 10)% (kind-agnostic \(foundAnyKind))"
    )
    #expect(recall >= Self.floor)
  }
}
