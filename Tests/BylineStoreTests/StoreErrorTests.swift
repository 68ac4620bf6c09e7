import Foundation
import Testing

@testable import BylineStore

@Suite struct StoreErrorTests {
  static let failure = SystemCallError(call: "write", path: "/s/\u{1B}[2J", code: ENOSPC)
  static let all: [StoreError] = [
    .io(action: "saving article x", failure: failure), .readOnly(path: "/s"),
    .newerFormat(path: "/s", found: 2, supported: 1), .unrecognizedVersionFile(path: "/s/v"),
    .notAStore(path: "/s"), .notADirectory(path: "/s"), .invalidID("x\u{7}"),
    .articleNotFound(ArticleID("0123456789abcdef0123")), .corruptArticle(path: "/a", reason: "r"),
    .empty(name: "n"), .notText(name: "n", reason: "r"),
    .tooLarge(name: "n", bytes: 9, limit: 8 << 20),
    .notRegularFile(name: "n"), .unreadable(name: "n", failure: failure),
    .directoryLoop(path: "/d"),
  ]

  @Test("every error says what went wrong and what to do, with no raw control characters")
  func messagesAreActionable() {
    for error in Self.all {
      let text = error.description
      let sentences = text.split(separator: ".").filter { $0.count > 3 }
      #expect(sentences.count >= 2, "\(text)")
      #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(text)")
      #expect(!error.reason.isEmpty)
    }
  }

  @Test("a full disk is named as such")
  func diskFull() {
    let text = StoreError.io(action: "saving article x", failure: Self.failure).description
    #expect(text.contains("No space left on device") && text.contains("free some space"))
  }

  @Test("an article file without a header still lists and opens")
  func headerlessStoredFile() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let id = ArticleID("0123456789abcdef0123")
    try "A hand-made title\n\nSome text.\n".write(
      toFile: fixture.storePath + "/articles/\(id).txt", atomically: false, encoding: .utf8)
    let summary = try #require(try store.summaries().first)
    #expect(summary.title == "A hand-made title" && summary.date == nil)
    #expect(try store.article(id).body == "Some text.")
  }
}
