import Foundation
import Testing

@testable import BylineStore

@Suite struct AtomicWriterTests {
  @Test("temporary names stay unique within one process and one instant")
  func uniqueNames() {
    let names = (0..<10_000).map { _ in AtomicWriter.uniqueName() }
    #expect(Set(names).count == names.count)
    #expect(names.allSatisfy { !$0.hasPrefix("-") && !$0.contains("/") && $0.hasSuffix(".tmp") })
  }

  @Test("a temporary name that already exists is not reused")
  func existingTemporaryRetried() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    fixture.fileSystem.fail(.open, errno: EEXIST, pathContaining: "/tmp/")
    let id = try store.importText(articleText(), name: "x", kind: .text).id
    #expect(fixture.names(in: "articles") == ["\(id).txt"])
  }

  @Test("on a file system without hard links, articles are published by rename")
  func linkUnsupportedFallsBackToRename() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    fixture.fileSystem.fail(.link, errno: EPERM)
    let first = try store.importText(articleText(), name: "x", kind: .text)
    #expect(first == .imported(first.id))
    fixture.fileSystem.fail(.link, errno: EPERM)
    #expect(
      try store.importText(articleText(), name: "x", kind: .text) == .alreadyPresent(first.id))
    #expect(fixture.names(in: "articles") == ["\(first.id).txt"])
    #expect(fixture.names(in: "tmp").isEmpty)
  }

  @Test("an article that vanishes between listing and opening is skipped")
  func vanishingArticle() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let gone = try store.importText(articleText(title: "Gone"), name: "g", kind: .text).id
    let kept = try store.importText(articleText(title: "Kept"), name: "k", kind: .text).id
    fixture.fileSystem.fail(.open, errno: ENOENT, pathContaining: gone.rawValue)
    #expect(try store.summaries().map(\.id) == [kept])
    fixture.fileSystem.fail(.open, errno: ENOENT, pathContaining: gone.rawValue)
    #expect(throws: StoreError.articleNotFound(gone)) { try store.article(gone) }
  }

  @Test("an I/O error reading one article lists it with the reason instead of failing")
  func unreadableArticleListed() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let id = try store.importText(articleText(), name: "x", kind: .text).id
    fixture.fileSystem.fail(.read, errno: EIO)
    let summary = try #require(try store.summaries().first)
    #expect(summary.id == id)
    #expect(summary.title.contains("Input/output error"))
    fixture.fileSystem.fail(.read, errno: EIO)
    do {
      _ = try store.article(id)
      Issue.record("reading should have failed")
    } catch {
      #expect(error.description.contains("check the disk"))
    }
  }
}
