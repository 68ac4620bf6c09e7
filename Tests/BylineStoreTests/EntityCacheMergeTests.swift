import Foundation
import Testing

@testable import BylineStore

/// Imports and `updateEntityCache` merge analyses into the entity cache by
/// streaming the old file into the new one; the file must be exactly the one
/// decoding and rebuilding gives.
@Suite struct EntityCacheMergeTests {
  static let names = [
    "Ana Silva", "Acme Corp", "Ben", "Müller GmbH", "東京電力", "Zoë", "UN", "Ann", "Bo Kim",
    "Café Ltd", "", "Chen", "ACME",
  ]

  /// Random analyses over a few ids (with repeats) and a small pool of names.
  static func analyses(
    _ count: Int, ids: Int, random: inout SeededRandom
  ) -> [(ArticleID, EntityCacheFile.Stamp, [ArticleEntity])] {
    (0..<count).map { _ in
      let id = ArticleID(String(format: "%020d", Int(random.next() % UInt64(ids)) * 7))
      let entities = (0..<Int(random.next() % 4)).map { _ in
        ArticleEntity(
          name: names[Int(random.next() % UInt64(names.count))],
          kind: random.next() % 2 == 0 ? .person : .organization,
          mentions: Int(random.next() % 5) + 1,
          aliases: (0..<Int(random.next() % 3)).map { _ in
            names[Int(random.next() % UInt64(names.count))]
          })
      }
      let stamp = EntityCacheFile.Stamp(
        size: Int64(random.next() % 9_000), modificationTime: Double(random.next() % 1_000))
      return (id, stamp, entities)
    }
  }

  /// Merges `new` into a store whose cache file holds `old` (nothing when nil);
  /// returns the cache file's bytes afterwards.
  static func merge(
    _ new: [(ArticleID, EntityCacheFile.Stamp, [ArticleEntity])], into old: [UInt8]?,
    version: String, keeping keep: Set<ArticleID>? = nil, in fixture: StoreFixture
  ) throws -> [UInt8]? {
    let store = try fixture.open()
    if let old {
      store.saveCacheFile(old, at: store.layout.entityCache)
    } else {
      try? FileManager.default.removeItem(atPath: store.layout.entityCache)
    }
    store.mergeIntoEntityCache(new, analyzerVersion: version, keeping: keep)
    return store.loadCacheBytes(store.layout.entityCache)
  }

  @Test("the streamed merge gives the rebuilt file byte for byte, for 300 random caches")
  func mergeEqualsRebuild() throws {
    let fixture = try StoreFixture()
    var random = SeededRandom(state: 0xE17)
    for round in 0..<300 {
      var builder = EntityCacheBuilder(existing: nil, analyzerVersion: "v1")
      for (id, stamp, entities) in Self.analyses(Int(random.next() % 30), ids: 40, random: &random)
      {
        builder.add(id, stamp: stamp, entities: entities)
      }
      let oldFile = builder.finish()
      let old = oldFile.encoded()
      let new = Self.analyses(Int(random.next() % 12), ids: 60, random: &random)
      // Every third round keeps only some old ids (and every new one), as
      // `updateEntityCache` drops the records of deleted articles.
      let keep: Set<ArticleID>? =
        round % 3 == 0
        ? Set(oldFile.records.map(\.id).filter { _ in random.next() % 4 != 0 } + new.map(\.0))
        : nil

      var rebuilt = EntityCacheBuilder(
        existing: EntityCacheFile.decode(old), analyzerVersion: "v1")
      for (id, stamp, entities) in new { rebuilt.add(id, stamp: stamp, entities: entities) }
      let expected = rebuilt.finish(keeping: keep).encoded()
      let merged = try Self.merge(new, into: old, version: "v1", keeping: keep, in: fixture)
      if new.isEmpty && keep == nil {
        #expect(merged == old, "round \(round): nothing to merge leaves the file")
      } else {
        #expect(merged == expected, "round \(round)")
      }
    }
  }

  @Test(
    "a cache of another analyzer version, a damaged one or none is replaced by the new analyses")
  func replacesOtherFiles() throws {
    let fixture = try StoreFixture()
    var builder = EntityCacheBuilder(existing: nil, analyzerVersion: "v1")
    builder.add(
      ArticleID("00000000000000000001"), stamp: .init(size: 1, modificationTime: 2),
      entities: [ArticleEntity(name: "Ann", kind: .person, mentions: 1)])
    let old = builder.finish().encoded()
    let new: [(ArticleID, EntityCacheFile.Stamp, [ArticleEntity])] = [
      (
        ArticleID("00000000000000000002"), .init(size: 1, modificationTime: 2),
        [ArticleEntity(name: "Acme Corp", kind: .organization, mentions: 2)]
      )
    ]
    var fresh = EntityCacheBuilder(existing: nil, analyzerVersion: "v2")
    for (id, stamp, entities) in new { fresh.add(id, stamp: stamp, entities: entities) }
    let onlyNew = fresh.finish().encoded()
    #expect(try Self.merge(new, into: old, version: "v2", in: fixture) == onlyNew)
    var damaged = old
    damaged[damaged.count / 2] ^= 0x40
    #expect(try Self.merge(new, into: damaged, version: "v2", in: fixture) == onlyNew)
    #expect(try Self.merge(new, into: nil, version: "v2", in: fixture) == onlyNew)
  }

  @Test("a record too large for the stream's window is kept (merged in memory)")
  func oversizedRecord() throws {
    let fixture = try StoreFixture()
    // 300 entities with 255 aliases each: about 300 KiB, over `CacheFileStream.maxRecord`.
    let huge = (0..<300).map { number in
      ArticleEntity(
        name: "Name \(number)", kind: .person, mentions: 1,
        aliases: Array(repeating: "Ann", count: 255))
    }
    var builder = EntityCacheBuilder(existing: nil, analyzerVersion: "v1")
    builder.add(
      ArticleID("00000000000000000001"), stamp: .init(size: 1, modificationTime: 2),
      entities: huge)
    let old = builder.finish().encoded()
    #expect(old.count > CacheFileStream.maxRecord)
    let new: [(ArticleID, EntityCacheFile.Stamp, [ArticleEntity])] = [
      (ArticleID("00000000000000000002"), .init(size: 3, modificationTime: 4), [])
    ]
    let merged = try #require(try Self.merge(new, into: old, version: "v1", in: fixture))
    let file = try #require(EntityCacheFile.decode(merged))
    #expect(file.records.map(\.id.rawValue) == ["00000000000000000001", "00000000000000000002"])
    #expect(file.record(for: ArticleID("00000000000000000001")).map(file.entities(of:)) == huge)
  }
}
