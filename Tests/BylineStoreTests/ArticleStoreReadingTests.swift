import Foundation
import Testing

@testable import BylineStore

@Suite struct ArticleStoreReadingTests {
  @Test("newest first: date descending, undated last, then title, then id")
  func ordering() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    _ = try store.importText(articleText(title: "Old", date: "2001-01-01"), name: "1", kind: .text)
    _ = try store.importText(
      articleText(title: "Bad date", date: "someday"), name: "2", kind: .text)
    _ = try store.importText(
      articleText(title: "New B", date: "2020-05-05T10:00:00Z"), name: "3", kind: .text)
    _ = try store.importText(
      articleText(title: "New A", date: "2020-05-05T12:00:00+02:00"), name: "4", kind: .text)
    _ = try store.importText(
      articleText(title: "Newest", date: "2020-05-06"), name: "5", kind: .text)
    _ = try store.importText(
      articleText(title: "Also bad", date: "n/a", body: "x"), name: "6", kind: .text)
    let titles = try store.summaries().map(\.title)
    #expect(titles == ["Newest", "New A", "New B", "Old", "Also bad", "Bad date"])
    let undated = try store.summaries().filter { $0.date == nil }
    #expect(undated.allSatisfy { !$0.dateIsImportTime })
  }

  @Test("summaries of the samples come newest first with their dates")
  func samplesOrder() throws {
    let files = sampleArticleFiles()
    guard !files.isEmpty else { return }
    let fixture = try StoreFixture()
    let store = try fixture.open()
    _ = store.importPaths(files.map(\.path), standardInput: { nil })
    let summaries = try store.summaries()
    #expect(summaries.count == 30)
    #expect(summaries.first?.title.hasPrefix("Gregory Kurtzer") == true)
    #expect(summaries.last?.title == "Hackers attack Church of Scientology website")
    #expect(summaries.allSatisfy { $0.date != nil && !$0.isRead && $0.author.contains("Wikinews") })
  }
}
