import Foundation
import Testing

@testable import BylineStore

/// An import looks a new article up on disk only when the store may hold it,
/// and still never stores a copy of what is there.
@Suite struct ImportLookupTests {
  @Test("a new article's path is not looked up: the listing at the start says it is absent")
  func newArticlesAreNotLookedUp() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    _ = try store.importText(articleText(title: "Old"), name: "old", kind: .text)
    let paths = try (0..<5).map { try fixture.input("\($0).txt", articleText(title: "New \($0)")) }
    fixture.fileSystem.reset()
    let report = store.importPaths(paths, standardInput: { nil })
    #expect(report.imported == 5)
    let lookups = fixture.fileSystem.calls.filter {
      $0.hasPrefix("stat \(fixture.storePath)/articles/")
    }
    #expect(lookups.isEmpty, "\(lookups)")
  }

  @Test("articles already stored, or earlier in the same import, are found and not stored again")
  func presentArticlesAreFound() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let first = try fixture.input("a.txt", articleText(title: "Same"))
    #expect(store.importPaths([first], standardInput: { nil }).imported == 1)
    let copy = try fixture.input("b.txt", articleText(title: "Same"))
    let other = try fixture.input("c.txt", articleText(title: "Other"))
    let twice = try fixture.input("d.txt", articleText(title: "Other"))
    let report = store.importPaths([copy, other, twice], standardInput: { nil })
    #expect(report.imported == 1)
    #expect(fixture.names(in: "articles").count == 2)
  }

  @Test("a file that appears after the listing is caught when publishing, and kept as it was")
  func fileAppearingLaterIsKept() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    var present = PresentArticles(store: store)
    let prepared = try ArticlePreparation.prepare(
      articleText(title: "Race"), name: "race", kind: .text, now: Date())
    #expect(!present.mayContain(prepared.id))
    // Another process stores the same article after this import listed the folder.
    let path = fixture.storePath + "/articles/" + prepared.id.fileName
    try Data("Title: Race\n\nTheirs.\n".utf8).write(to: URL(fileURLWithPath: path))
    var batch = ImportBatch()
    try batch.add(prepared, source: "race", store: store, present: &present)
    #expect(present.mayContain(prepared.id), "staged ids join the filter")
    let (results, published) = batch.publish(store: store)
    #expect(published.isEmpty)
    guard case .success(.alreadyPresent(let id))? = results.first?.result else {
      Issue.record("expected already present, got \(results)")
      return
    }
    #expect(id == prepared.id)
    #expect(fixture.read("articles/" + prepared.id.fileName) == "Title: Race\n\nTheirs.\n")
    #expect(fixture.names(in: "tmp").isEmpty)
  }

  @Test("when articles/ cannot be listed, every id is looked up")
  func unlistableFolderLooksEverythingUp() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    fixture.fileSystem.fail(.listDirectory, errno: EIO)
    let present = PresentArticles(store: store)
    #expect(present.mayContain(ArticleID("0123456789abcdefghij")))
  }
}
