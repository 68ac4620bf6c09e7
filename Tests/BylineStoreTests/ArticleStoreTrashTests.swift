import Foundation
import Testing

@testable import BylineStore

/// Issue #6: `d` in the reader moves an article to `<store>/trash/`; `byline restore` brings it back.
@Suite struct ArticleStoreTrashTests {
  func storeWithArticles(_ fixture: StoreFixture, count: Int) throws -> (ArticleStore, [ArticleID])
  {
    let store = try fixture.open()
    var ids: [ArticleID] = []
    for index in 0..<count {
      ids.append(
        try store.importText(
          articleText(title: "Article \(index)", date: "2020-01-0\(index + 1)"), name: "\(index)",
          kind: .text
        ).id)
    }
    return (store, ids)
  }

  @Test(
    "a deleted article leaves the list (also for a fresh index), sits in the trash, and comes back")
  func deleteAndRestore() throws {
    let fixture = try StoreFixture()
    let (store, ids) = try storeWithArticles(fixture, count: 3)
    #expect(try store.summaries().count == 3, "builds the index before the delete")
    try store.setStarred(ids[1], true)
    try store.moveToTrash(ids[1])
    #expect(try store.summaries().map(\.id) == [ids[2], ids[0]])
    #expect(try fixture.open(create: false).summaries().count == 2)
    #expect(fixture.names(in: "trash") == ["\(ids[1]).txt"])
    #expect(try store.trashedArticles().map(\.title) == ["Article 1"])
    #expect(throws: StoreError.articleNotFound(ids[1])) { try store.article(ids[1]) }

    try store.restore(ids[1])
    #expect(fixture.names(in: "trash").isEmpty)
    let back = try store.summaries()
    #expect(back.map(\.id) == [ids[2], ids[1], ids[0]])
    #expect(back.first { $0.id == ids[1] }?.isStarred == true, "its star is kept")
  }

  @Test("deleting a missing article or restoring one not in the trash says so")
  func missing() throws {
    let fixture = try StoreFixture()
    let (store, ids) = try storeWithArticles(fixture, count: 1)
    try store.moveToTrash(ids[0])
    #expect(throws: StoreError.articleNotFound(ids[0])) { try store.moveToTrash(ids[0]) }
    try store.restore(ids[0])
    #expect(throws: StoreError.articleNotFound(ids[0])) { try store.restore(ids[0]) }
    #expect(try store.summaries().count == 1)
  }

  @Test("restoring an article that was imported again meanwhile just empties the trash")
  func restoreOverReimport() throws {
    let fixture = try StoreFixture()
    let (store, ids) = try storeWithArticles(fixture, count: 1)
    try store.moveToTrash(ids[0])
    let again = try store.importText(
      articleText(title: "Article 0", date: "2020-01-01"), name: "again", kind: .text)
    #expect(again.id == ids[0])
    try store.restore(ids[0])
    #expect(fixture.names(in: "trash").isEmpty)
    #expect(try store.summaries().count == 1)
  }

  @Test("a read-only store refuses to delete")
  func readOnly() throws {
    let fixture = try StoreFixture()
    let (_, ids) = try storeWithArticles(fixture, count: 1)
    fixture.fileSystem.pretendReadOnly = true
    let store = try fixture.open(create: false)
    #expect(throws: StoreError.readOnly(path: fixture.storePath)) { try store.moveToTrash(ids[0]) }
  }
}
