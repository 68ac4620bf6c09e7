import Foundation
import Testing

@testable import BylineStore

@Suite struct FaultInjectionTests {
  static let faults: [(FaultInjectingFileSystem.Call, Int32)] = [
    (.open, ENOSPC), (.write, ENOSPC), (.write, EIO), (.fsync, EIO), (.fsync, ENOSPC),
    (.close, EIO), (.rename, EIO), (.rename, ENOSPC),
  ]

  @Test("a failed replace leaves the previous file intact and no temporary file", arguments: faults)
  func replaceFailureKeepsOldFile(call: FaultInjectingFileSystem.Call, code: Int32) throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let path = fixture.storePath + "/state/example"
    try store.writer.replace(
      Array("old contents\n".utf8), at: path, directory: fixture.storePath + "/state")
    fixture.fileSystem.fail(call, errno: code)
    #expect(throws: SystemCallError.self) {
      try store.writer.replace(
        Array("new contents\n".utf8), at: path, directory: fixture.storePath + "/state")
    }
    #expect(fixture.read("state/example") == "old contents\n")
    #expect(fixture.names(in: "tmp").isEmpty)
  }

  @Test(
    "an import that hits a full disk reports it clearly and stores nothing partial",
    arguments: [FaultInjectingFileSystem.Call.write, .fsync, .link, .close])
  func importFailure(call: FaultInjectingFileSystem.Call) throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let kept = try store.importText(articleText(title: "Kept"), name: "kept", kind: .text)
    let keptText = fixture.read("articles/\(kept.id).txt")
    fixture.fileSystem.fail(call, errno: ENOSPC)
    do {
      _ = try store.importText(articleText(title: "New"), name: "new", kind: .text)
      Issue.record("the import should have failed")
    } catch {
      #expect(error.description.contains("No space left on device"))
      #expect(error.description.contains("free some space"))
    }
    #expect(fixture.names(in: "articles") == ["\(kept.id).txt"])
    #expect(fixture.read("articles/\(kept.id).txt") == keptText)
    #expect(fixture.names(in: "tmp").isEmpty)
    // The same import succeeds once the disk has room again.
    #expect(try store.importText(articleText(title: "New"), name: "new", kind: .text) != kept)
  }

  @Test("a failed directory fsync after a batch import is reported")
  func directorySyncFailure() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let path = try fixture.input("a.txt", articleText())
    fixture.fileSystem.fail(.fsync, occurrence: 2, errno: EIO)  // 1: the temp file, 2: articles/
    let report = store.importPaths([path], standardInput: { nil })
    #expect(report.imported == 1)
    #expect(report.failures.map(\.path) == [fixture.storePath + "/articles"])
    #expect(report.failures.first?.reason.contains("Input/output error") == true)
  }

  @Test("a batch is flushed once; when that flush fails no article of the batch is published")
  func batchFlushFailure() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let paths = try (0..<3).map { try fixture.input("\($0).txt", articleText(title: "T\($0)")) }
    fixture.fileSystem.fail(.fsync, occurrence: 1, errno: EIO)
    let report = store.importPaths(paths, standardInput: { nil })
    #expect(report.imported == 0)
    #expect(report.failures.count == 3)
    #expect(report.failures.allSatisfy { $0.reason.contains("Input/output error") })
    #expect(fixture.names(in: "articles").isEmpty)
    #expect(fixture.names(in: "tmp").isEmpty)
    fixture.fileSystem.reset()
    let again = store.importPaths(paths, standardInput: { nil })
    #expect(again.imported == 3)
    // Up to the fsync of articles/: one flush for the whole batch, not one per file.
    let calls = fixture.fileSystem.calls
    let linked = calls.lastIndex { $0.hasPrefix("link ") } ?? calls.endIndex
    #expect(calls[..<linked].filter { $0 == "fsync" }.count == 1, "\(calls)")
  }

  @Test("a failed journal append reports the error and loses no earlier change")
  func journalAppendFailure() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let a = try store.importText(articleText(title: "A"), name: "a", kind: .text).id
    let b = try store.importText(articleText(title: "B"), name: "b", kind: .text).id
    try store.setRead(a, true)
    fixture.fileSystem.fail(.write, errno: ENOSPC)
    #expect(throws: StoreError.self) { try store.setRead(b, true) }
    #expect(try store.readStarState().read == [a])
  }

  @Test(
    "a failed compaction leaves the journal as it was",
    arguments: [
      FaultInjectingFileSystem.Call.write, .fsync, .rename,
    ])
  func compactionFailure(call: FaultInjectingFileSystem.Call) throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let a = try store.importText(articleText(title: "A"), name: "a", kind: .text).id
    try store.setRead(a, true)
    try store.setStarred(a, true)
    try store.setStarred(a, false)
    let before = fixture.read("state/journal")
    fixture.fileSystem.fail(call, errno: EIO)
    #expect(throws: StoreError.self) { try store.compactState() }
    #expect(fixture.read("state/journal") == before)
    #expect(fixture.names(in: "tmp").isEmpty)
  }

  @Test("an article is published by link from tmp/, then the directory is fsynced")
  func publishingProtocol() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    fixture.fileSystem.reset()
    let id = try store.importText(articleText(), name: "a", kind: .text).id
    let calls = fixture.fileSystem.calls.filter { !$0.hasPrefix("stat") && !$0.hasPrefix("read") }
    let tmp = fixture.storePath + "/tmp/"
    #expect(calls.first?.hasPrefix("open " + tmp) == true)
    let expected = ["write", "fsync", "close", "link \(fixture.storePath)/articles/\(id).txt"]
    #expect(Array(calls.dropFirst().prefix(4)) == expected)
    #expect(calls.dropFirst(5).first?.hasPrefix("unlink " + tmp) == true)
    #expect(Array(calls.suffix(3)) == ["open \(fixture.storePath)/articles", "fsync", "close"])
  }

  @Test("two stores importing the same article at once leave one complete file")
  func concurrentSameArticle() async throws {
    let fixture = try StoreFixture()
    _ = try fixture.open()
    let text = articleText(body: String(repeating: "A long paragraph. ", count: 20_000))
    let stores = try (0..<4).map { _ in try fixture.open(create: false) }
    let outcomes = await withTaskGroup(of: ImportOutcome?.self) { group in
      for store in stores { group.addTask { try? store.importText(text, name: "x", kind: .text) } }
      var all: [ImportOutcome?] = []
      for await outcome in group { all.append(outcome) }
      return all
    }
    let imported = outcomes.filter { if case .imported = $0 { true } else { false } }
    #expect(imported.count == 1)
    #expect(outcomes.allSatisfy { $0 != nil })
    let names = fixture.names(in: "articles")
    #expect(names.count == 1)
    let stored = try #require(fixture.read("articles/\(names[0])"))
    #expect(ArticleFile.parse(stored).body == ArticleFile.parse(text).body)
  }
}
