import Foundation
import Testing

@testable import BylineStore

@Suite struct SummaryPerformanceTests {
  @Test("listing reads only each file's header, not its body")
  func headerOnlyReads() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let body = String(repeating: "A paragraph of body text that is long enough.\n\n", count: 5000)
    let id = try store.importText(articleText(body: body), name: "big", kind: .text).id
    fixture.fileSystem.reset()
    let summaries = try store.summaries()
    #expect(summaries.map(\.id) == [id])
    #expect(fixture.fileSystem.calls.filter { $0 == "read" }.count == 1)
    // The body is read when asked for.
    fixture.fileSystem.reset()
    #expect(try store.article(id).body.count == body.count - 2)
    #expect(fixture.fileSystem.calls.filter { $0 == "read" }.count > 1)
  }

  @Test("2,000 articles list in under two seconds, even in a debug build")
  func thousandsOfArticles() throws {
    let fixture = try StoreFixture()
    let store = try ArticleStore(directory: fixture.storeURL, createIfMissing: true)
    // Written straight into articles/ (no fsync per file): this tests listing, not import.
    for index in 0..<2000 {
      let text = articleText(title: "Article \(index)", date: "2020-01-\(10 + index % 20)")
      let prepared = try ArticlePreparation.prepare(
        text, name: "\(index)", kind: .text, now: Date())
      try prepared.file.render().write(
        toFile: fixture.storePath + "/articles/\(prepared.id).txt", atomically: false,
        encoding: .utf8)
    }
    let clock = ContinuousClock()
    var count = 0
    let elapsed = try clock.measure { count = try store.summaries().count }
    #expect(count == 2000)
    print("listing 2,000 articles took \(elapsed)")
    #expect(elapsed < .seconds(2), "\(elapsed)")
  }

  @Test("UTF-16 text is named as such, not as a NUL byte")
  func utf16Reason() {
    #expect(throws: StoreError.notText(name: "u", reason: "UTF-16, not UTF-8")) {
      try TextDecoding.decode([0xFF, 0xFE, 0x41, 0x00], name: "u")
    }
  }
}
