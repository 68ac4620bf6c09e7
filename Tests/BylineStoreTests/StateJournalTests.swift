import Foundation
import Testing

@testable import BylineStore

@Suite struct StateJournalTests {
  /// A store holding `count` small articles, and their ids.
  func storeWithArticles(_ fixture: StoreFixture, count: Int) throws -> (ArticleStore, [ArticleID])
  {
    let store = try fixture.open()
    var ids: [ArticleID] = []
    for index in 0..<count {
      ids.append(
        try store.importText(articleText(title: "Article \(index)"), name: "\(index)", kind: .text)
          .id)
    }
    return (store, ids)
  }

  @Test("read and star marks persist across store instances and toggle")
  func persistAndToggle() throws {
    let fixture = try StoreFixture()
    let (store, ids) = try storeWithArticles(fixture, count: 3)
    try store.setRead(ids[0], true)
    try store.setStarred(ids[1], true)
    try store.setRead(ids[2], true)
    try store.setRead(ids[2], false)
    let reopened = try fixture.open(create: false)
    let byID = Dictionary(uniqueKeysWithValues: try reopened.summaries().map { ($0.id, $0) })
    #expect(byID[ids[0]]?.isRead == true && byID[ids[0]]?.isStarred == false)
    #expect(byID[ids[1]]?.isRead == false && byID[ids[1]]?.isStarred == true)
    #expect(byID[ids[2]]?.isRead == false)
    #expect(try reopened.article(ids[1]).summary.isStarred)
    #expect(
      fixture.read("state/journal")
        == "\nread \(ids[0])\n\nstar \(ids[1])\n\nread \(ids[2])\n\nunread \(ids[2])\n")
  }

  @Test("garbled, torn and unknown journal lines are ignored")
  func garbledLines() {
    let good = ArticleID(String(repeating: "a", count: 20))
    let other = ArticleID(String(repeating: "b", count: 20))
    let text = """
      # comment
      read \(good)
      star \(other)
      read \(String(repeating: "c", count: 12))
      delete \(good)
      unstar
      read ../../etc/passwd
      \u{0}\u{1}garbage
      star \(other) extra
      READ \(other)
      read \(other)
      """
    let (state, lines) = ReadStarState.replay(Substring(text))
    #expect(state.read == [good, other])
    #expect(state.starred == [other])
    #expect(lines == 11)
  }

  @Test("a line torn by a crash does not swallow the next change")
  func tornLine() throws {
    let fixture = try StoreFixture()
    let (store, ids) = try storeWithArticles(fixture, count: 1)
    // A crash in the middle of writing "unread …", then zeros from the file system.
    try Data("star \(ids[0])\nun".utf8 + [0, 0]).write(
      to: URL(fileURLWithPath: fixture.storePath + "/state/journal"))
    try store.setRead(ids[0], true)
    #expect(try store.readStarState() == ReadStarState(read: [ids[0]], starred: [ids[0]]))
  }

  @Test("two store instances appending at once lose no change")
  func concurrentAppends() async throws {
    let fixture = try StoreFixture()
    let (_, ids) = try storeWithArticles(fixture, count: 40)
    let first = try fixture.open(create: false)
    let second = try fixture.open(create: false)
    await withTaskGroup(of: Void.self) { group in
      for (index, id) in ids.enumerated() {
        let store = index % 2 == 0 ? first : second
        group.addTask { try? store.setRead(id, true) }
        group.addTask { try? store.setStarred(id, true) }
      }
    }
    let state = try first.readStarState()
    #expect(state.read == Set(ids))
    #expect(state.starred == Set(ids))
  }

  @Test("appends racing with compaction lose no change")
  func appendsDuringCompaction() async throws {
    let fixture = try StoreFixture()
    let (store, ids) = try storeWithArticles(fixture, count: 30)
    let other = try fixture.open(create: false)
    await withTaskGroup(of: Void.self) { group in
      for id in ids { group.addTask { try? store.setRead(id, true) } }
      for _ in 0..<10 { group.addTask { try? other.compactState() } }
    }
    #expect(try store.readStarState().read == Set(ids))
  }

  @Test("compaction keeps the state and shrinks the journal, atomically")
  func compaction() throws {
    let fixture = try StoreFixture()
    let (store, ids) = try storeWithArticles(fixture, count: 2)
    for _ in 0..<300 {
      try store.setRead(ids[0], true)
      try store.setRead(ids[0], false)
    }
    try store.setStarred(ids[1], true)
    let before = try store.readStarState()
    try store.compactState()
    #expect(try store.readStarState() == before)
    let lines = (fixture.read("state/journal") ?? "").split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.last == "star \(ids[1])")
    #expect(fixture.names(in: "tmp").isEmpty)
  }

  @Test("a long redundant journal is compacted automatically when listing")
  func automaticCompaction() throws {
    let fixture = try StoreFixture()
    let (store, ids) = try storeWithArticles(fixture, count: 1)
    for index in 0...StateJournal.compactionThreshold {
      try store.setRead(ids[0], index % 2 == 0)
    }
    _ = try store.summaries()
    let lines = (fixture.read("state/journal") ?? "").split(separator: "\n")
    #expect(lines.count <= 2)
    #expect(try store.readStarState().read == [ids[0]])
  }

  @Test("state for an article that was removed is harmless")
  func stateForMissingArticle() throws {
    let fixture = try StoreFixture()
    let (store, ids) = try storeWithArticles(fixture, count: 2)
    try store.setRead(ids[0], true)
    try FileManager.default.removeItem(atPath: fixture.storePath + "/articles/\(ids[0]).txt")
    #expect(try store.summaries().map(\.id) == [ids[1]])
    #expect(throws: StoreError.articleNotFound(ids[0])) { try store.setRead(ids[0], false) }
  }

  @Test("marking many articles read is one journal append and one fsync (issue #6, A)")
  func batchRead() throws {
    let fixture = try StoreFixture()
    let (store, ids) = try storeWithArticles(fixture, count: 4)
    try store.setRead(ids[3], true)
    fixture.fileSystem.reset()
    let missing = ArticleID(String(repeating: "0", count: ArticleID.length))
    let written = try store.setRead([ids[0], ids[1], missing, ids[2]], true)
    #expect(written == 3, "an id no longer in the store is skipped")
    let calls = fixture.fileSystem.calls
    #expect(calls.filter { $0 == "fsync" }.count == 1)
    #expect(calls.filter { $0.hasPrefix("open") && $0.hasSuffix("/state/journal") }.count == 1)
    let reopened = try fixture.open(create: false)
    #expect(try reopened.summaries().allSatisfy(\.isRead))
    #expect(
      fixture.read("state/journal")
        == "\nread \(ids[3])\n\nread \(ids[0])\nread \(ids[1])\nread \(ids[2])\n")
  }
}
