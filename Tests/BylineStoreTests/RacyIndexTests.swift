import Foundation
import Testing

@testable import BylineStore

#if canImport(Glibc)
  import Glibc
#endif

/// The index every import leaves, marked racy, and what the next start does with it.
///
/// It was written within two seconds of the last change to `articles/`. The
/// next start must still be fast and lean, and never keep a list the files
/// contradict.
@Suite struct RacyIndexTests {
  /// A store with `count` imported articles and the racy index the import left.
  static func importedStore(_ fixture: StoreFixture, count: Int = 3) throws -> ArticleStore {
    let store = try fixture.open()
    for index in 0..<count {
      _ = try store.importText(
        articleText(title: "Article \(index)", date: "2020-01-1\(index)"), name: "\(index)",
        kind: .text)
    }
    _ = try store.summaries()
    #expect(store.loadIndex()?.isRacy == true)
    return store
  }

  /// The same store, opened with a clock a minute after `articles/` last changed.
  static func later(_ fixture: StoreFixture, _ store: ArticleStore) throws -> ArticleStore {
    let changed = try #require(try store.articlesStatus()).modificationTime
    return try ArticleStore(
      directory: fixture.storeURL, createIfMissing: false, fileSystem: fixture.fileSystem,
      now: { Date(timeIntervalSince1970: changed + 60) })
  }

  /// Adds an article file without moving `articles/`'s time, as a second
  /// writer in the same clock tick would.
  static func addBehindIndex(_ store: ArticleStore) throws {
    let directory = store.layout.articles
    var before = stat()
    #expect(stat(directory, &before) == 0)
    try articleText(title: "Sneaked in").write(
      toFile: directory + "/0000000000000000000b.txt", atomically: false, encoding: .utf8)
    var times = [before.st_atim, before.st_mtim]
    #expect(utimensat(AT_FDCWD, directory, &times, 0) == 0)
  }

  @Test("a racy index is used when articles/ holds as many files as it lists")
  func racyIndexWithMatchingCount() throws {
    let fixture = try StoreFixture()
    let store = try Self.importedStore(fixture)
    let listed = try #require(try store.freshIndexSummaries())
    #expect(listed.count == 3)
  }

  @Test("a racy index is not used when a file was added in the same clock tick")
  func racyIndexWithExtraFile() throws {
    let fixture = try StoreFixture()
    let store = try Self.importedStore(fixture)
    try Self.addBehindIndex(store)
    #expect(try store.freshIndexSummaries() == nil)
    #expect(try store.summaries().map(\.title).contains("Sneaked in"))
  }

  @Test("the reader trusts a racy index at start; its sweep finds what changed")
  func readerSweepFindsExtraFile() throws {
    let fixture = try StoreFixture()
    let store = try Self.importedStore(fixture)
    try Self.addBehindIndex(store)
    let first = try store.summaries(trustRacyIndex: true)
    #expect(!first.map(\.title).contains("Sneaked in"))
    #expect(try Self.later(fixture, store).sweepIndex() == true)
    #expect(try store.summaries().map(\.title).contains("Sneaked in"))
  }

  @Test("a sweep that finds every file as listed clears the racy flag in place")
  func sweepClearsRacyFlag() throws {
    let fixture = try StoreFixture()
    let store = try Self.importedStore(fixture)
    let before = try #require(store.loadIndex())
    // Within the racy window the flag stays.
    #expect(try store.sweepIndex() == false)
    #expect(store.loadIndex()?.isRacy == true)
    let later = try Self.later(fixture, store)
    #expect(try later.sweepIndex() == false)
    let after = try #require(later.loadIndex())
    #expect(!after.isRacy)
    #expect(after.entries == before.entries)
    #expect(after.directoryModificationTime == before.directoryModificationTime)
    // Now the start-up fast path needs no count of the files.
    fixture.fileSystem.reset()
    #expect(try later.freshIndexSummaries()?.count == 3)
    #expect(!fixture.fileSystem.calls.contains { $0.hasPrefix("listDirectory") })
  }

  @Test("clearing the flag leaves a damaged index alone")
  func damagedIndexIsNotBlessed() throws {
    let fixture = try StoreFixture()
    let store = try Self.importedStore(fixture)
    var bytes = try #require(store.loadIndexBytes())
    bytes[bytes.count / 2] ^= 0x20
    try Data(bytes).write(to: URL(fileURLWithPath: store.layout.index))
    try Self.later(fixture, store).clearRacyFlag(
      directoryTime: try #require(try store.articlesStatus()).modificationTime)
    #expect(store.loadIndexBytes() == bytes)
    #expect(store.loadIndex() == nil)
  }
}
