import Foundation
import Testing

@testable import BylineStore

@Suite struct ArticleStoreImportTests {
  @Test("importing the 30 samples stores 30 articles; a second import finds them all present")
  func samplesImportOnce() throws {
    let files = sampleArticleFiles()
    guard !files.isEmpty else { return }
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let first = store.importPaths(files.map(\.path), standardInput: { nil })
    #expect(first.summaryLine == "imported 30, already present 0, failed 0")
    #expect(Set(first.ids).count == 30)
    let second = store.importPaths(files.map(\.path), standardInput: { nil })
    #expect(second.summaryLine == "imported 0, already present 30, failed 0")
    #expect(second.ids == first.ids)
    #expect(fixture.names(in: "articles").count == 30)
    #expect(fixture.names(in: "tmp").isEmpty)
  }

  @Test("a stored sample keeps every header field and its body")
  func storedSampleKeepsFields() throws {
    guard let url = sampleArticleFiles().first else { return }
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let original = ArticleFile.parse(try String(contentsOf: url, encoding: .utf8))
    let outcome = try store.importText(
      try String(contentsOf: url, encoding: .utf8), name: url.path, kind: .text)
    let stored = ArticleFile.parse(fixture.read("articles/\(outcome.id).txt") ?? "")
    #expect(stored == original)
    let article = try store.article(outcome.id)
    #expect(article.body == original.body)
    #expect(article.summary.title == original.title)
    #expect(article.summary.dateIsImportTime == false)
  }

  @Test("the same article with CRLF, a BOM or rewrapped lines is already present")
  func duplicateDetection() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let text = articleText(body: "One two three.\n\nFour five.")
    let first = try store.importText(text, name: "a", kind: .text)
    #expect(first == .imported(first.id))
    let crlf = "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")
    #expect(try store.importText(crlf, name: "b", kind: .text) == .alreadyPresent(first.id))
    let rewrapped = articleText(body: "One two\nthree.\n\n\n  Four   five.  ")
    #expect(try store.importText(rewrapped, name: "c", kind: .text) == .alreadyPresent(first.id))
    let otherBody = articleText(body: "One two three.\n\nFour five!")
    #expect(try store.importText(otherBody, name: "d", kind: .text).id != first.id)
  }

  @Test("ids are stable: 20 lowercase hex digits of SHA-256 over title and body")
  func idStability() {
    let id = ArticleIdentity.id(title: "Hello", body: "World.")
    #expect(id.rawValue.count == 20 && ArticleID.isValid(id.rawValue))
    // Pinned: changing the normalisation would re-id every stored article.
    #expect(id.rawValue == String(SHA256.hex("byline-article-v1\nHello\n\nWorld.".utf8).prefix(20)))
    #expect(SHA256.hex("abc".utf8).hasPrefix("ba7816bf8f01cfea414140de5dae2223b00361a396177a9c"))
    #expect(SHA256.hex([UInt8]()).hasPrefix("e3b0c44298fc1c149afbf4c8996fb924"))
    let long = [UInt8](repeating: 0x61, count: 1000)
    #expect(
      SHA256.hex(long).hasPrefix("41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    )
  }

  @Test("an article without a date gets the import time and says so")
  func imputedDate() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open(now: Date(timeIntervalSince1970: 1_700_000_000))
    let outcome = try store.importText("Just a title\n\nAnd a body.", name: "x", kind: .text)
    let stored = fixture.read("articles/\(outcome.id).txt") ?? ""
    #expect(stored.contains("Date: 2023-11-14T22:13:20Z\nDate-Source: import time\n"))
    let summary = try #require(try store.summaries().first)
    #expect(summary.dateIsImportTime)
    #expect(summary.date == Date(timeIntervalSince1970: 1_700_000_000))
    #expect(summary.title == "Just a title")
    #expect(try store.article(outcome.id).body == "And a body.")
  }

  @Test("failures are reported with reasons and do not stop the other files")
  func failureReasons() throws {
    let fixture = try StoreFixture()
    let good = try fixture.input("good.txt", articleText())
    let binary = try fixture.input("binary.txt", bytes: [0x54, 0x69, 0x00, 0x01])
    let invalid = try fixture.input("latin1.txt", bytes: Array("Caf".utf8) + [0xE9, 0x0A])
    let empty = try fixture.input("empty.txt", "")
    let blank = try fixture.input("blank.txt", "\n\n   \n")
    let huge = try fixture.input(
      "huge.txt", bytes: [UInt8](repeating: 0x61, count: TextDecoding.maxImportBytes + 1))
    let missing = fixture.inputURL.appendingPathComponent("missing.txt").path
    let store = try fixture.open()
    let report = store.importPaths(
      [binary, invalid, empty, blank, huge, missing, good], standardInput: { nil })
    #expect(report.summaryLine == "imported 1, already present 0, failed 6")
    let reasons = Dictionary(report.failures.map { ($0.path, $0.reason) }, uniquingKeysWith: +)
    #expect(reasons[binary]?.contains("NUL byte") == true)
    #expect(reasons[invalid]?.contains("invalid UTF-8") == true)
    #expect(reasons[invalid]?.contains("iconv") == true)
    #expect(reasons[empty]?.contains("empty") == true)
    #expect(reasons[blank]?.contains("empty") == true)
    #expect(reasons[huge]?.contains("limit is 8 MiB") == true)
    #expect(reasons[missing]?.contains("No such file") == true)
    #expect(fixture.names(in: "articles").count == 1)
  }

  @Test("an unreadable file is reported (skipped as root, where chmod does not stop reads)")
  func unreadableFile() throws {
    if runningAsRoot {
      print("skipped: running as root, so chmod 000 does not make a file unreadable")
      return
    }
    let fixture = try StoreFixture()
    let path = try fixture.input("secret.txt", articleText())
    chmod(path, 0)
    defer { chmod(path, 0o644) }
    let report = try fixture.open().importPaths([path], standardInput: { nil })
    #expect(report.failed == 1)
    #expect(report.failures.first?.reason.contains("Permission denied") == true)
  }

  @Test("a pipe named on the command line is refused without blocking")
  func fifoRefused() throws {
    let fixture = try StoreFixture()
    let path = fixture.inputURL.appendingPathComponent("pipe").path
    #expect(mkfifo(path, 0o644) == 0)
    let report = try fixture.open().importPaths([path], standardInput: { nil })
    #expect(report.failed == 1)
    #expect(report.failures.first?.reason.contains("not a regular file") == true)
  }

  @Test("directories import recursively, skip hidden entries and other suffixes, survive loops")
  func directories() throws {
    let fixture = try StoreFixture()
    try fixture.input("dir/a.txt", articleText(title: "A"))
    try fixture.input("dir/sub/b.md", "# B\n\nSome *text*.")
    try fixture.input("dir/sub/deeper/c.TXT", articleText(title: "C"))
    try fixture.input("dir/.hidden.txt", articleText(title: "Hidden"))
    try fixture.input("dir/.git/d.txt", articleText(title: "Git"))
    try fixture.input("dir/image.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00])
    let dir = fixture.inputURL.appendingPathComponent("dir")
    try FileManager.default.createSymbolicLink(
      at: dir.appendingPathComponent("sub/loop"), withDestinationURL: dir)
    let store = try fixture.open()
    let report = store.importPaths([dir.path], standardInput: { nil })
    #expect(report.imported == 3)
    #expect(report.skipped == [dir.appendingPathComponent("image.png").path])
    #expect(report.failures.count == 1)
    #expect(report.failures.first?.reason.contains("symbolic link") == true)
    #expect(try store.summaries().map(\.title).sorted() == ["A", "B", "C"])
  }

  @Test("'-' imports standard input; unreadable standard input is a failure")
  func standardInput() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let report = store.importPaths(
      ["-"], standardInput: { Data("# From stdin\n\nHello **you**.".utf8) })
    #expect(report.imported == 1)
    let article = try store.article(try #require(report.ids.first))
    #expect(article.summary.title == "From stdin")
    #expect(article.body == "Hello you.")
    let failed = store.importPaths(["-"], standardInput: { nil })
    #expect(failed.failures.first?.path == "-")
  }

  @Test("text with a NUL or only whitespace is refused by importText")
  func importTextRefusals() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    #expect(throws: StoreError.notText(name: "n", reason: "it has a NUL byte")) {
      try store.importText("Title: x\n\na\0b", name: "n", kind: .text)
    }
    #expect(throws: StoreError.empty(name: "e")) {
      try store.importText(" \n\t\n", name: "e", kind: .text)
    }
  }

  @Test("a long first line is not swallowed as a title")
  func longFirstLine() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let paragraph = String(repeating: "word ", count: 60) + "end."
    let outcome = try store.importText(paragraph, name: "p", kind: .text)
    let article = try store.article(outcome.id)
    #expect(article.summary.title.hasSuffix("\u{2026}"))
    #expect(article.summary.title.count < 90)
    #expect(article.body == paragraph)
  }
}
