import BylineFeeds
import BylineStore
import BylineTestSupport
import Foundation
import Testing

@Suite struct ImportEndToEndTests {
  @Test("feeds and a page import into a store through importPaths with FeedConverter")
  func importIntoStore() throws {
    try withTemporaryDirectory { directory in
      let inbox = directory.appendingPathComponent("inbox", isDirectory: true)
      try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
      try Data(Fixtures.rss2.utf8).write(to: inbox.appendingPathComponent("gazette.rss"))
      try Data(Fixtures.atom.utf8).write(to: inbox.appendingPathComponent("lab.atom"))
      try Data(Fixtures.jsonFeed11.utf8).write(to: inbox.appendingPathComponent("micro.json"))
      try Data(Fixtures.newsPage.utf8).write(to: inbox.appendingPathComponent("dam.html"))
      let empty = "<rss><channel><title>Quiet</title></channel></rss>"
      try Data(empty.utf8).write(to: inbox.appendingPathComponent("quiet.xml"))
      let store = try ArticleStore(
        directory: directory.appendingPathComponent("store"), createIfMissing: true)
      let report = store.importPaths([inbox.path], converters: [FeedConverter()]) { nil }
      #expect(report.failures.isEmpty, "\(report.failures)")
      #expect(report.imported == 7)
      let summaries = try store.summaries()
      let titles = Set(summaries.map(\.title))
      #expect(titles.contains("Council approves new ferry & tram link"))
      #expect(titles.contains("Measuring light"))
      #expect(titles.contains("Dam opens after ten years"))
      let gazette = summaries.filter { $0.source == "The Harbour Gazette" }
      #expect(gazette.count == 2)
      #expect(summaries.filter { $0.source == "Notes from the Lab" }.count == 2)
      #expect(summaries.filter { $0.source == "Micro Daily" }.count == 2)
      let again = store.importPaths([inbox.path], converters: [FeedConverter()]) { nil }
      #expect(again.imported == 0)
      #expect(again.alreadyPresent == 7)
    }
  }

  @Test("a feed with a broken item imports the others; the item is a warning, not a failure")
  func brokenItemIsAWarning() throws {
    try withTemporaryDirectory { directory in
      let feed = """
        {"version":"https://jsonfeed.org/version/1.1","title":"Mixed","items":[
          {"id":"1","title":"Fine","content_text":"Body one."},
          42,
          {"id":"3","title":"Also fine","content_text":"Body three."}]}
        """
      let path = directory.appendingPathComponent("mixed.json")
      try Data(feed.utf8).write(to: path)
      let store = try ArticleStore(
        directory: directory.appendingPathComponent("store"), createIfMissing: true)
      let report = store.importPaths([path.path], converters: [FeedConverter()]) { nil }
      #expect(report.imported == 2)
      #expect(report.failures.isEmpty)
      #expect(report.warnings.count == 1)
      #expect(report.warnings.first?.reason.contains("item 2 is not a JSON object") == true)
      #expect(report.summaryLine == "imported 2, already present 0, failed 0, 1 warning")
    }
  }
}
