import Foundation
import Testing

@testable import BylineStore

/// An import merges its analyses into the entity cache from the old file's
/// bytes; the file must be exactly the one decoding and rebuilding gives.
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

  @Test("merging from bytes gives the rebuilt file byte for byte, for 300 random caches")
  func mergeEqualsRebuild() throws {
    var random = SeededRandom(state: 0xE17)
    for round in 0..<300 {
      var builder = EntityCacheBuilder(existing: nil, analyzerVersion: "v1")
      for (id, stamp, entities) in Self.analyses(Int(random.next() % 30), ids: 40, random: &random)
      {
        builder.add(id, stamp: stamp, entities: entities)
      }
      let old = builder.finish().encoded()
      let new = Self.analyses(Int(random.next() % 12) + 1, ids: 60, random: &random)

      var rebuilt = EntityCacheBuilder(
        existing: EntityCacheFile.decode(old), analyzerVersion: "v1")
      for (id, stamp, entities) in new { rebuilt.add(id, stamp: stamp, entities: entities) }
      let expected = rebuilt.finish().encoded()
      let merged = try #require(
        EntityCacheFile.merged(existing: old, analyzerVersion: "v1", adding: new))
      #expect(merged == expected, "round \(round)")
    }
  }

  @Test("a cache of another analyzer version, or a damaged one, is not merged")
  func refusesOtherFiles() {
    var builder = EntityCacheBuilder(existing: nil, analyzerVersion: "v1")
    builder.add(
      ArticleID("00000000000000000001"), stamp: .init(size: 1, modificationTime: 2),
      entities: [ArticleEntity(name: "Ann", kind: .person, mentions: 1)])
    let old = builder.finish().encoded()
    let new: [(ArticleID, EntityCacheFile.Stamp, [ArticleEntity])] = [
      (ArticleID("00000000000000000002"), .init(size: 1, modificationTime: 2), [])
    ]
    #expect(EntityCacheFile.merged(existing: old, analyzerVersion: "v2", adding: new) == nil)
    var damaged = old
    damaged[damaged.count / 2] ^= 0x40
    #expect(EntityCacheFile.merged(existing: damaged, analyzerVersion: "v1", adding: new) == nil)
    #expect(EntityCacheFile.merged(existing: [], analyzerVersion: "v1", adding: new) == nil)
  }
}
