import BylineTestSupport
import Foundation
import Testing

@testable import BylineStore

/// The list index in `cache/index-v1` (issue 4, "Scale").
@Suite struct StoreIndexTests {
  /// A clock ahead of real time, so `articles/` never looks recently changed (not racy).
  static let later: @Sendable () -> Date = { Date().addingTimeInterval(60) }

  static func openStore(_ fixture: StoreFixture) throws -> ArticleStore {
    try ArticleStore(
      directory: fixture.storeURL, createIfMissing: true, fileSystem: fixture.fileSystem,
      now: later)
  }

  /// Imports `count` distinct articles and returns the store.
  static func filledStore(_ fixture: StoreFixture, count: Int = 5) throws -> ArticleStore {
    let store = try openStore(fixture)
    for index in 0..<count {
      let text = articleText(title: "Article \(index)", date: "2020-01-\(10 + index)")
      _ = try store.importText(text, name: "\(index)", kind: .text)
    }
    return store
  }

  /// The summaries computed with no index at all (the files alone).
  static func fromFiles(_ fixture: StoreFixture) throws -> [ArticleSummary] {
    try? FileManager.default.removeItem(atPath: fixture.storePath + "/cache/index-v1")
    let store = try ArticleStore(
      directory: fixture.storeURL, createIfMissing: false, fileSystem: PosixFileSystem())
    return try store.summaries()
  }

  var indexPath: (StoreFixture) -> String { { $0.storePath + "/cache/index-v1" } }

  @Test("an index encodes and decodes to the same entries")
  func roundTrip() throws {
    let entries = [
      StoreIndex.Entry(
        kind: .article,
        summary: ArticleSummary(
          id: ArticleID("0123456789abcdef0123"), title: "Tïtle ✓", source: "S", author: "A",
          date: Date(timeIntervalSince1970: 1_234_567.5), dateIsImportTime: true,
          url: "https://x.example/"),
        size: 1234, modificationTime: 1_700_000_000.123456789),
      StoreIndex.Entry(
        kind: .empty, summary: ArticleSummary(id: ArticleID("aaaaaaaaaaaaaaaaaaaa"), title: ""),
        size: 0, modificationTime: 5),
    ]
    let index = StoreIndex(directoryModificationTime: 42.25, isRacy: true, entries: entries)
    #expect(StoreIndex.decode(index.encoded()) == index)
  }

  @Test("summaries write the index and read it back without listing articles/")
  func fastPath() throws {
    let fixture = try StoreFixture()
    let store = try Self.filledStore(fixture)
    let first = try store.summaries()
    #expect(FileManager.default.fileExists(atPath: indexPath(fixture)))
    fixture.fileSystem.reset()
    #expect(try store.summaries() == first)
    #expect(!fixture.fileSystem.calls.contains { $0.hasPrefix("listDirectory") })
    #expect(first.count == 5)
    #expect(try Self.fromFiles(fixture) == first)
  }

  @Test(
    "rebuilding a missing index reports progress over every header it reads, ending at the total")
  func rebuildReportsProgress() throws {
    let fixture = try StoreFixture()
    let store = try Self.filledStore(fixture, count: 600)
    _ = try store.summaries()
    try FileManager.default.removeItem(atPath: indexPath(fixture))
    var calls: [(Int, Int)] = []
    let summaries = try store.summaries { calls.append(($0, $1)) }
    #expect(summaries.count == 600)
    #expect(calls.map(\.0) == [512, 600])
    #expect(calls.allSatisfy { $0.0 <= $0.1 } && calls.last?.1 == 600)
    calls = []
    _ = try store.summaries { calls.append(($0, $1)) }
    #expect(calls.isEmpty, "a fresh index reads no headers")
  }

  @Test("the reader's summaries leave links out, from a fresh index and from a rebuild alike")
  func summariesWithoutLinks() throws {
    let fixture = try StoreFixture()
    let store = try Self.filledStore(fixture, count: 3)
    let withLinks = try store.summaries()
    let path = store.layout.articlePath(withLinks[0].id)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try ("URL: https://example.com/x\n" + text).write(
      toFile: path, atomically: false, encoding: .utf8)
    _ = try store.sweepIndex()
    #expect(try store.summaries().contains { $0.url == "https://example.com/x" })
    #expect(try store.summaries(includeLinks: false).allSatisfy { $0.url == nil })
    try FileManager.default.removeItem(atPath: indexPath(fixture))
    #expect(try store.summaries(includeLinks: false).allSatisfy { $0.url == nil })
    #expect(try store.summaries().map(\.title) == withLinks.map(\.title))
  }

  @Test(
    "an import adds its articles to the index without reading them back; the index equals a rebuild"
  )
  func importUpdatesIndexWithoutRereading() throws {
    let fixture = try StoreFixture()
    let store = try Self.filledStore(fixture, count: 3)
    _ = try store.summaries()
    let paths = try (0..<4).map {
      try fixture.input("n\($0).txt", articleText(title: "New \($0)", date: "2021-02-0\($0 + 1)"))
    }
    fixture.fileSystem.reset()
    #expect(store.importPaths(paths, standardInput: { nil }).imported == 4)
    let articleOpens = fixture.fileSystem.calls.filter {
      $0.hasPrefix("open \(fixture.storePath)/articles/") && $0.hasSuffix(".txt")
    }
    #expect(articleOpens.isEmpty, "\(articleOpens)")
    let afterImport = try #require(store.loadIndex())
    try FileManager.default.removeItem(atPath: indexPath(fixture))
    _ = try store.summaries()
    let rebuilt = try #require(store.loadIndex())
    #expect(afterImport.entries == rebuilt.entries)
    #expect(afterImport.entries.count == 7)
  }

  @Test("a flipped byte, a truncated file or another version rebuilds the index")
  func damagedIndexIsRebuilt() throws {
    let fixture = try StoreFixture()
    let store = try Self.filledStore(fixture)
    let expected = try store.summaries()
    let good = try Data(contentsOf: URL(fileURLWithPath: indexPath(fixture)))
    var flipped = good
    flipped[good.count / 2] ^= 0x40
    var otherVersion = good
    otherVersion[8] = UInt8(StoreIndex.formatVersion + 1)
    for damaged in [flipped, good.prefix(good.count - 3), Data(), otherVersion] {
      try damaged.write(to: URL(fileURLWithPath: indexPath(fixture)))
      #expect(store.loadIndex() == nil)
      #expect(try store.summaries() == expected)
      #expect(store.loadIndex() != nil, "the index is rewritten")
    }
  }

  @Test("an article added by another process is listed (articles/ mtime changed)")
  func addedArticleDetected() throws {
    let fixture = try StoreFixture()
    let store = try Self.filledStore(fixture)
    _ = try store.summaries()
    Thread.sleep(forTimeInterval: 0.02)
    let other = try ArticleStore(directory: fixture.storeURL, createIfMissing: false)
    let id = try other.importText(articleText(title: "Newcomer"), name: "n", kind: .text).id
    let titles = try store.summaries().map(\.title)
    #expect(titles.contains("Newcomer"))
    #expect(try store.summaries().contains { $0.id == id })
    #expect(try Self.fromFiles(fixture).count == 6)
  }

  @Test("an article removed behind the index is no longer listed")
  func removedArticleDetected() throws {
    let fixture = try StoreFixture()
    let store = try Self.filledStore(fixture)
    let before = try store.summaries()
    Thread.sleep(forTimeInterval: 0.02)
    try FileManager.default.removeItem(
      atPath: fixture.storePath + "/articles/\(before[0].id).txt")
    let after = try store.summaries()
    #expect(after.map(\.id) == before.dropFirst().map(\.id))
  }

  @Test("an index written while articles/ had just changed is re-checked on the next start")
  func racyIndexIsRechecked() throws {
    let fixture = try StoreFixture()
    // The fixture clock (2023) is behind the directory's real mtime: always racy.
    let store = try fixture.open()
    _ = try store.importText(articleText(title: "One"), name: "1", kind: .text)
    _ = try store.summaries()
    #expect(store.loadIndex()?.isRacy == true)
    fixture.fileSystem.reset()
    _ = try store.summaries()
    #expect(fixture.fileSystem.calls.contains { $0.hasPrefix("listDirectory") })
  }

  @Test("sweepIndex catches an article edited in place, which start-up does not check")
  func sweepCatchesInPlaceEdit() throws {
    let fixture = try StoreFixture()
    let store = try Self.filledStore(fixture, count: 2)
    let before = try store.summaries()
    let path = fixture.storePath + "/articles/\(before[0].id).txt"
    let handle = try #require(FileHandle(forUpdatingAtPath: path))
    handle.truncateFile(atOffset: 0)
    handle.write(Data(articleText(title: "Edited").utf8))
    try handle.close()
    #expect(try store.sweepIndex() == true)
    #expect(try store.summaries().map(\.title).contains("Edited"))
    #expect(try store.sweepIndex() == false)
    #expect(try store.summaries() == Self.fromFiles(fixture))
  }

  @Test("read and star marks are applied on top of the index")
  func stateOnTopOfIndex() throws {
    let fixture = try StoreFixture()
    let store = try Self.filledStore(fixture, count: 3)
    let ids = try store.summaries().map(\.id)
    try store.setRead(ids[1], true)
    try store.setStarred(ids[2], true)
    let summaries = try store.summaries()
    #expect(summaries.map(\.isRead) == [false, true, false])
    #expect(summaries.map(\.isStarred) == [false, false, true])
    #expect(try Self.fromFiles(fixture) == summaries)
  }

  @Test("importPaths updates an existing index incrementally")
  func importUpdatesIndex() throws {
    let fixture = try StoreFixture()
    let store = try Self.filledStore(fixture, count: 2)
    _ = try store.summaries()
    let path = try fixture.input("new.txt", articleText(title: "Imported later"))
    let report = store.importPaths([path], standardInput: { nil })
    #expect(report.imported == 1)
    let index = try #require(store.loadIndex())
    #expect(index.entries.map(\.summary.title).contains("Imported later"))
  }

  @Test("empty and unreadable files behave as without an index")
  func oddFiles() throws {
    let fixture = try StoreFixture()
    let store = try Self.filledStore(fixture, count: 1)
    let articles = fixture.storePath + "/articles/"
    FileManager.default.createFile(atPath: articles + "bbbbbbbbbbbbbbbbbbbb.txt", contents: Data())
    try FileManager.default.createDirectory(
      atPath: articles + "cccccccccccccccccccc.txt", withIntermediateDirectories: false)
    let withIndex = try store.summaries()
    #expect(withIndex.count == 2)
    #expect(try store.summaries() == withIndex)
    #expect(try Self.fromFiles(fixture) == withIndex)
  }
}
