import BylineTestSupport
import Foundation
import Testing

@testable import BylineStore

/// The reader builds the catalog and checks the entity cache in one streamed
/// pass; the results must be those of decoding the whole file.
@Suite struct EntityCacheStreamingTests {
  /// A cache of `count` articles (several mebibytes), every third listed in the summaries twice over.
  static func cache(count: Int) -> (EntityCacheFile, [ArticleSummary]) {
    var builder = EntityCacheBuilder(existing: nil, analyzerVersion: "v1")
    var summaries: [ArticleSummary] = []
    for number in 0..<count {
      let id = ArticleID(String(format: "a%07d", number))
      var entities: [ArticleEntity] = []
      for slot in 0..<(number % 23) {
        let person = (number * 7 + slot * 13) % 900
        entities.append(
          ArticleEntity(
            name: "Person \(person) Surname\(person % 40)",
            kind: slot % 3 == 0 ? .organization : .person,
            mentions: 1 + slot % 4, aliases: slot % 2 == 0 ? ["Surname\(person % 40)"] : []))
      }
      builder.add(id, stamp: .init(size: Int64(number), modificationTime: 2.5), entities: entities)
      if number % 3 != 1 { summaries.append(ArticleSummary(id: id, title: "T\(number)")) }
    }
    summaries.append(ArticleSummary(id: ArticleID("z-not-analyzed"), title: "new"))
    return (builder.finish(), summaries)
  }

  @Test("the streamed catalog equals the catalog of the whole file")
  func streamedCatalogMatches() throws {
    let (file, summaries) = Self.cache(count: 30_000)
    let bytes = file.encoded()
    #expect(bytes.count > 2 * CacheFileStream.chunkSize)
    try withTemporaryDirectory { directory in
      let path = directory.path + "/entities"
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      guard
        var stream = CacheFileStream(path: path, fileSystem: PosixFileSystem(), maxBytes: 1 << 30)
      else {
        Issue.record("cannot open the cache")
        return
      }
      let built = EntityCatalog.build(
        streaming: &stream, analyzerVersion: "v1", summaries: summaries)
      let streamed = try #require(built)
      let whole = EntityCatalog.build(from: file, summaries: summaries)
      #expect(streamed.entities == whole.entities)
      #expect(streamed.unanalyzedArticles == whole.unanalyzedArticles)
      #expect(streamed.unanalyzedArticles == 1)
      for position in whole.entities.indices.prefix(50) {
        #expect(streamed.articles(of: position) == whole.articles(of: position))
      }
      guard
        var other = CacheFileStream(path: path, fileSystem: PosixFileSystem(), maxBytes: 1 << 30)
      else { return }
      let otherVersion = EntityCatalog.build(
        streaming: &other, analyzerVersion: "v2", summaries: summaries)
      #expect(otherVersion?.entities.isEmpty == true)
      #expect(otherVersion?.unanalyzedArticles == summaries.count)
    }
  }
}
