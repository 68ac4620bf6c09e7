import Foundation
import Testing

@testable import BylineStore

/// Duplicates are found by GUID, else link, else content (issue #4).
@Suite struct DuplicateIdentityTests {
  @Test("a feed item re-fetched with an edited body is the same article (same source and GUID)")
  func sameGUID() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let first = try fixture.input(
      "1.txt", "Title: Ferry strike\nSource: Gazette\nGUID: g-1042\n\nFirst version.")
    let second = try fixture.input(
      "2.txt", "Title: Ferry strike ends\nSource: Gazette\nGUID: g-1042\n\nSecond version.")
    let other = try fixture.input(
      "3.txt", "Title: Ferry strike\nSource: Other Paper\nGUID: g-1042\n\nFirst version.")
    let report = store.importPaths([first, second, other], standardInput: { nil })
    #expect(report.imported == 2, "the same GUID in another feed is another article")
    #expect(report.alreadyPresent == 1)
    #expect(try store.summaries().count == 2)
  }

  @Test("without a GUID, the same link is the same article; without either, the content decides")
  func sameLinkThenContent() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let a = try fixture.input("a.txt", "Title: A\nURL: https://e.org/a\n\nOne text.")
    let b = try fixture.input("b.txt", "Title: A (updated)\nURL: https://e.org/a\n\nOther text.")
    let c = try fixture.input("c.txt", "Title: C\n\nSame words.")
    let d = try fixture.input("d.txt", "Title: C\n\nSame   words.\n")
    let e = try fixture.input("e.txt", "Title: C\n\nDifferent words.")
    let report = store.importPaths([a, b, c, d, e], standardInput: { nil })
    #expect(report.imported == 3)
    #expect(report.alreadyPresent == 2)
  }

  @Test("an article a store saved under its content id (before GUID/link ids) is not duplicated")
  func olderContentID() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let text = "Title: Story\nSource: Feed\nGUID: x-1\n\nBody text."
    let prepared = try ArticlePreparation.prepare(
      text, name: "t", kind: .text, now: Date(timeIntervalSince1970: 0))
    #expect(prepared.id != prepared.contentID)
    // What an older import wrote: the same article under its content id.
    var old = prepared
    old.id = prepared.contentID
    _ = try store.store(old)
    let report = store.importPaths([try fixture.input("s.txt", text)], standardInput: { nil })
    #expect(report.imported == 0)
    #expect(report.alreadyPresent == 1)
    #expect(try store.summaries().count == 1)
  }
}
