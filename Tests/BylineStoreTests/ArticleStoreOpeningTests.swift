import Foundation
import Testing

@testable import BylineStore

@Suite struct ArticleStoreOpeningTests {
  @Test("opening a missing store for reading does not create it and reads as empty")
  func missingStoreReadsEmpty() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open(create: false)
    #expect(try store.summaries().isEmpty)
    #expect(!store.isReadOnly)
    #expect(!FileManager.default.fileExists(atPath: fixture.storePath))
    #expect(throws: StoreError.articleNotFound(ArticleID(String(repeating: "0", count: 20)))) {
      try store.article(ArticleID(String(repeating: "0", count: 20)))
    }
  }

  @Test("the first import creates the store, its parents, folders and version file")
  func firstImportCreates() throws {
    let fixture = try StoreFixture()
    let deep = fixture.storeURL.appendingPathComponent("a/b/store")
    let store = try ArticleStore(directory: deep, createIfMissing: false)
    _ = try store.importText(articleText(), name: "x", kind: .text)
    let names = try FileManager.default.contentsOfDirectory(atPath: deep.path).sorted()
    #expect(names == ["articles", "byline-store", "cache", "state", "tmp"])
    let version = try String(
      contentsOf: deep.appendingPathComponent("byline-store"), encoding: .utf8)
    #expect(version.hasPrefix("byline-store 1\n"))
  }

  @Test("a store from a newer version is refused with a clear message")
  func newerVersionRefused() throws {
    let fixture = try StoreFixture()
    _ = try fixture.open()
    try "byline-store 7\n".write(
      toFile: fixture.storePath + "/byline-store", atomically: false, encoding: .utf8)
    #expect(throws: StoreError.newerFormat(path: fixture.storePath, found: 7, supported: 1)) {
      try fixture.open(create: false)
    }
    let message = StoreError.newerFormat(path: "/s", found: 7, supported: 1).description
    #expect(message.contains("version 7") && message.contains("Upgrade Byline"))
  }

  @Test("a garbled version file is refused")
  func garbledVersionFile() throws {
    let fixture = try StoreFixture()
    _ = try fixture.open()
    try "hello".write(
      toFile: fixture.storePath + "/byline-store", atomically: false, encoding: .utf8)
    #expect(throws: StoreError.unrecognizedVersionFile(path: fixture.storePath + "/byline-store")) {
      try fixture.open(create: false)
    }
  }

  @Test("a directory of other files is not turned into a store")
  func notAStore() throws {
    let fixture = try StoreFixture()
    try fixture.input("notes.txt", "my notes")
    let store = try ArticleStore(directory: fixture.inputURL, createIfMissing: false)
    #expect(throws: StoreError.notAStore(path: fixture.inputURL.path)) {
      try store.importText(articleText(), name: "x", kind: .text)
    }
    let report = store.importPaths([fixture.inputURL.path + "/notes.txt"], standardInput: { nil })
    #expect(report.failures.first?.reason.contains("not a Byline store") == true)
    #expect(throws: StoreError.notAStore(path: fixture.inputURL.path)) {
      try ArticleStore(directory: fixture.inputURL, createIfMissing: true)
    }
  }

  @Test("a file where the store should be is reported")
  func storeIsAFile() throws {
    let fixture = try StoreFixture()
    let path = try fixture.input("file", "x")
    #expect(throws: StoreError.notADirectory(path: path)) {
      try ArticleStore(directory: URL(fileURLWithPath: path), createIfMissing: true)
    }
  }

  @Test("stale temporary files are removed on open; young ones of a live writer are kept")
  func staleTemporaryCleanup() throws {
    let fixture = try StoreFixture()
    _ = try fixture.open()
    let stale = fixture.storePath + "/tmp/123.1.abc.tmp"
    // A writer that is still running: this test process.
    let youngName = "\(ProcessInfo.processInfo.processIdentifier).2.def.tmp"
    let young = fixture.storePath + "/tmp/" + youngName
    try "partial".write(toFile: stale, atomically: false, encoding: .utf8)
    try "writing".write(toFile: young, atomically: false, encoding: .utf8)
    let old = Date(timeIntervalSince1970: 1_700_000_000 - 7200)
    try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: stale)
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: 1_700_000_000 - 60)], ofItemAtPath: young)
    _ = try fixture.open(create: false)
    #expect(fixture.names(in: "tmp") == [youngName])
  }

  @Test("a zero-length article left by damage is not listed and is replaced by a re-import")
  func zeroLengthArticle() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let id = try store.importText(articleText(), name: "x", kind: .text).id
    let path = fixture.storePath + "/articles/\(id).txt"
    try Data().write(to: URL(fileURLWithPath: path))
    #expect(try store.summaries().isEmpty)
    #expect(try store.importText(articleText(), name: "x", kind: .text) == .imported(id))
    #expect(try store.article(id).body == "Body text.")
  }

  @Test("an article damaged outside Byline (truncated UTF-8) still opens")
  func truncatedUTF8() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let id = try store.importText(articleText(body: "Caf\u{E9}"), name: "x", kind: .text).id
    let path = fixture.storePath + "/articles/\(id).txt"
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    bytes.removeLast(2)  // the newline and half of "é"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(try store.article(id).body == "Caf\u{FFFD}")
  }
}
