import Foundation
import Testing

@testable import BylineStore

/// Imports add their articles to the search index themselves.
@Suite struct ImportSearchIndexingTests {
  @Test("imported articles are indexed for search at import; nothing is left to scan")
  func importIndexes() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let paths = try (0..<12).map {
      try fixture.input("a\($0).txt", "Title: Story \($0)\n\nWord\($0) appears here with zebra.")
    }
    let report = store.importPaths(paths, standardInput: { nil })
    #expect(report.imported == 12)
    let summaries = try store.summaries()
    let session = store.searchSession(for: summaries)
    #expect(session.unindexedCount == 0)
    let results = session.search(SearchQuery(parsing: "zebra word7"), in: summaries) { _ in nil }
    #expect(results.positions.map { summaries[$0].title } == ["Story 7"])
    #expect(try store.updateSearchIndex() == 0, "nothing left for the lazy update")
  }
}
