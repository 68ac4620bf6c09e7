import Foundation
import Testing

@testable import BylineStore

/// Refreshing the index merges the kept entries (already newest first) with
/// the new ones instead of sorting them all; the order must be the sort's.
@Suite struct IndexMergeTests {
  /// Random entries with few distinct dates and titles, so ties are common.
  static func entries(_ count: Int, prefix: String, random: inout SeededRandom)
    -> [StoreIndex.Entry]
  {
    (0..<count).map { index in
      let day = Int.random(in: 0..<6, using: &random)
      let date = day == 0 ? nil : Date(timeIntervalSince1970: Double(day) * 86_400)
      let id = ArticleID(prefix + String(format: "%019d", index))
      let title = ["b", "a", "c"].randomElement(using: &random) ?? "a"
      return StoreIndex.Entry(
        kind: .article, summary: ArticleSummary(id: id, title: title, date: date), size: 1,
        modificationTime: 0)
    }
  }

  @Test("merged kept and new entries come out exactly as one sort would put them")
  func mergeEqualsSort() {
    var random = SeededRandom(state: 0x1D3E)  // seeded: a failing round can be rerun
    for round in 0..<300 {
      let sorted = round % 10 != 0  // Some previous indexes are not in order.
      var previous = Self.entries(random.below(40), prefix: "p", random: &random)
      if sorted { previous.sort { ArticleStore.newestFirst($0.summary, $1.summary) } }
      let kept = previous.map { _ in Bool.random(using: &random) }
      let others = Self.entries(random.below(20), prefix: "n", random: &random)
        .sorted { ArticleStore.newestFirst($0.summary, $1.summary) }
      let merged = ArticleStore.mergedNewestFirst(previous, kept: kept, others)
      let expected = (zip(previous, kept).filter(\.1).map(\.0) + others)
        .sorted { ArticleStore.newestFirst($0.summary, $1.summary) }
      #expect(merged == expected, "round \(round)")
    }
  }
}
