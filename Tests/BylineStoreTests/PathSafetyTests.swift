import Foundation
import Testing

@testable import BylineStore

@Suite struct PathSafetyTests {
  static let hostile = [
    "../../../etc/passwd", "/etc/passwd", "abc\0def", "-rf",
    "-" + String(repeating: "a", count: 19),
    String(repeating: "a", count: 4096), "ABCDEF0123456789ABCD", "0123456789abcdef012 ",
    "0123456789abcdef012/", "..", "", "0123456789abcdef0123.txt", "0123456789abcdef012\u{E9}",
    " 0123456789abcdef0123", "0123456789abcdef01234",
  ]

  @Test("ids from outside must be 20 characters of [0-9a-z]", arguments: hostile)
  func hostileIDsRejected(raw: String) throws {
    #expect(!ArticleID.isValid(raw))
    let fixture = try StoreFixture()
    let store = try fixture.open()
    #expect(throws: StoreError.invalidID(raw)) { try store.article(ArticleID(raw)) }
    #expect(throws: StoreError.invalidID(raw)) { try store.setRead(ArticleID(raw), true) }
    #expect(throws: StoreError.invalidID(raw)) { try store.setStarred(ArticleID(raw), true) }
    #expect(!fixture.fileSystem.calls.contains { $0.contains("etc/passwd") })
  }

  @Test("an invalid id's message is printable even with control characters")
  func invalidIDMessage() {
    let message = StoreError.invalidID("\u{1B}]0;PWNED\u{07}").description
    #expect(!message.contains("\u{1B}") && !message.contains("\u{07}"))
    #expect(message.contains("byline list"))
  }

  @Test("file names with escapes, newlines and leading dashes are imported by content only")
  func hostileFileNames() throws {
    let fixture = try StoreFixture()
    let names = ["-rf.txt", "a\nb.txt", "\u{1B}[2J.txt", " trailing .txt", "..dots.txt"]
    let paths = try names.enumerated().map { index, name in
      try fixture.input(name, articleText(title: "T\(index)"))
    }
    let store = try fixture.open()
    let report = store.importPaths(paths, standardInput: { nil })
    #expect(report.imported == names.count)
    for name in ["../../escape", "/etc/passwd", "a\0b", "-", String(repeating: "../", count: 1400)]
    {
      _ = try store.importText(articleText(title: "Named \(name.count)"), name: name, kind: .text)
    }
    #expect(fixture.names(in: "articles").count == names.count + 5)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: fixture.temporary.url.path).sorted()
        == ["input", "store"])
    #expect(fixture.names(in: "articles").allSatisfy { ArticleID(fileName: $0) != nil })
    #expect(StoreError.empty(name: "\u{1B}[2J").description.contains("\\u{1b}[2J"))
  }

  @Test("a symbolic link planted in articles/ is not followed")
  func plantedSymlink() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let secret = try fixture.input("secret.txt", "Title: Secret\n\nDo not read.")
    let id = ArticleID(String(repeating: "a", count: 20))
    try FileManager.default.createSymbolicLink(
      atPath: fixture.storePath + "/articles/\(id).txt", withDestinationPath: secret)
    #expect(try store.summaries().first?.title.hasPrefix("(cannot read") == true)
    #expect(throws: StoreError.self) { try store.article(id) }
  }

  @Test("files in articles/ that are not id-named are ignored")
  func foreignFilesIgnored() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    try "Title: x\n\nbody".write(
      toFile: fixture.storePath + "/articles/notes.txt", atomically: false, encoding: .utf8)
    #expect(try store.summaries().isEmpty)
  }
}
