import Foundation
import Testing

@testable import BylineStore

/// A stand-in recognizer: capitalised words after "Mr" are people, words ending in
/// "Corp" are organizations; counts how often it runs.
final class FakeAnalyzer: ArticleAnalyzer, @unchecked Sendable {
  let version: String
  private let lock = NSLock()
  private var runs = 0

  init(version: String = "fake-1") { self.version = version }

  var runCount: Int { lock.withLock { runs } }

  func entities(of article: Article) -> [ArticleEntity] {
    lock.withLock { runs += 1 }
    var found: [String: ArticleEntity] = [:]
    let words = (article.summary.title + " " + article.body).split { !$0.isLetter }.map(String.init)
    for (index, word) in words.enumerated() {
      if index > 0, words[index - 1] == "Mr" {
        found[word, default: ArticleEntity(name: word, kind: .person, mentions: 0)].mentions += 1
      } else if word.hasSuffix("Corp") {
        found[word, default: ArticleEntity(name: word, kind: .organization, mentions: 0)]
          .mentions += 1
      }
    }
    return found.values.sorted { $0.name < $1.name }
  }
}

@Suite struct EntityCacheTests {
  func importArticles(
    _ fixture: StoreFixture, _ texts: [String: String], analyzer: FakeAnalyzer?
  ) throws -> ArticleStore {
    let store = try fixture.open()
    let paths = try texts.sorted { $0.key < $1.key }.map { try fixture.input($0.key, $0.value) }
    let report = store.importPaths(paths, analyzer: analyzer, standardInput: { nil })
    #expect(report.failures.isEmpty)
    return store
  }

  @Test("an import records each new article's entities; the catalog counts articles and mentions")
  func importFillsCache() throws {
    let fixture = try StoreFixture()
    let analyzer = FakeAnalyzer()
    let store = try importArticles(
      fixture,
      [
        "a.txt": "Title: One\n\nMr Smith met AcmeCorp. Mr Smith left.",
        "b.txt": "Title: Two\n\nAcmeCorp hired Mr Jones.",
        "c.txt": "Title: Three\n\nNothing here.",
      ], analyzer: analyzer)
    #expect(analyzer.runCount == 3)
    let catalog = store.entityCatalog(for: try store.summaries(), analyzerVersion: "fake-1")
    #expect(catalog.unanalyzedArticles == 0)
    let acme = try #require(catalog.entities.first)
    #expect(acme.name == "AcmeCorp" && acme.articles == 2 && acme.mentions == 2)
    let smith = try #require(catalog.entities.first { $0.name == "Smith" })
    #expect(smith.articles == 1 && smith.mentions == 2 && smith.kind == .person)
    #expect(catalog.articles(mentioning: "acmecorp").count == 2)
    #expect(catalog.articles(mentioning: "nobody").isEmpty)
    // Another version's cache is not used.
    #expect(
      store.entityCatalog(for: try store.summaries(), analyzerVersion: "fake-2").entities
        .isEmpty)
  }

  @Test("updateEntityCache analyzes only what is missing, and everything after a model change")
  func updateOnlyMissing() throws {
    let fixture = try StoreFixture()
    let store = try importArticles(
      fixture, ["a.txt": "Title: A\n\nMr Smith.", "b.txt": "Title: B\n\nBetaCorp."],
      analyzer: nil)
    let first = FakeAnalyzer()
    #expect(try store.updateEntityCache(using: first) == 2)
    #expect(try store.updateEntityCache(using: first) == 0)
    _ = store.importPaths(
      [try fixture.input("c.txt", "Title: C\n\nMr Brown.")], standardInput: { nil })
    #expect(try store.updateEntityCache(using: first) == 1)
    let upgraded = FakeAnalyzer(version: "fake-2")
    #expect(try store.updateEntityCache(using: upgraded) == 3)
    let catalog = store.entityCatalog(for: try store.summaries(), analyzerVersion: "fake-2")
    #expect(Set(catalog.entities.map(\.name)) == ["Smith", "BetaCorp", "Brown"])
  }

  @Test("a deleted article drops out of the cache; an edited one is analyzed again")
  func deletedAndEdited() throws {
    let fixture = try StoreFixture()
    let analyzer = FakeAnalyzer()
    let store = try importArticles(
      fixture, ["a.txt": "Title: A\n\nMr Smith.", "b.txt": "Title: B\n\nBetaCorp."],
      analyzer: analyzer)
    let summaries = try store.summaries()
    let a = try #require(summaries.first { $0.title == "A" })
    let b = try #require(summaries.first { $0.title == "B" })
    try FileManager.default.removeItem(atPath: fixture.storePath + "/articles/\(a.id.fileName)")
    // An edit outside Byline (new size): caught by the sweep, then analyzed again.
    try "Title: B\n\nGammaCorp and GammaCorp.\n".write(
      toFile: fixture.storePath + "/articles/\(b.id.fileName)", atomically: true, encoding: .utf8)
    _ = try store.sweepIndex()
    #expect(try store.updateEntityCache(using: analyzer) == 1)
    let cache = try #require(store.loadEntityCache())
    #expect(cache.records.map(\.id) == [b.id])
    #expect(store.cachedEntities(of: b.id, analyzerVersion: "fake-1")?.first?.name == "GammaCorp")
  }

  @Test("an up-to-date cache is recognised in one streamed pass; a new or edited article is not")
  func currentCacheCheck() throws {
    let fixture = try StoreFixture()
    let analyzer = FakeAnalyzer()
    let store = try importArticles(
      fixture, ["a.txt": "Title: A\n\nMr Smith.", "b.txt": "Title: B\n\nAcmeCorp."],
      analyzer: analyzer)
    // An index built right after articles/ changed is racy (never trusted as
    // fresh); the reader's usual case is a store last changed a while ago.
    try settle(store)
    #expect(store.freshIndexDigest()?.count == 2)
    #expect(store.entityCacheIsCurrent(analyzerVersion: "fake-1"))
    #expect(!store.entityCacheIsCurrent(analyzerVersion: "fake-2"))
    #expect(try store.updateEntityCache(using: analyzer) == 0)
    #expect(analyzer.runCount == 2)
    // An article added behind the store's back (as another program would).
    let path = store.layout.articles + "/0000000000000000000a.txt"
    try "Title: C\n\nBetaCorp.".write(toFile: path, atomically: true, encoding: .utf8)
    try settle(store, secondsBefore: 1800)
    #expect(!store.entityCacheIsCurrent(analyzerVersion: "fake-1"))
    #expect(try store.updateEntityCache(using: analyzer) == 1)
    #expect(store.entityCacheIsCurrent(analyzerVersion: "fake-1"))
    #expect(try store.updateEntityCache(using: analyzer) == 0)
  }

  /// Dates `articles/` an hour before the fixture's clock and rebuilds the
  /// index, so it is fresh and not racy.
  func settle(_ store: ArticleStore, secondsBefore: Double = 3600) throws {
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: 1_700_000_000 - secondsBefore)],
      ofItemAtPath: store.layout.articles)
    _ = try store.summaries()
  }

  @Test("a damaged cache file is ignored and rebuilt")
  func damagedCache() throws {
    let fixture = try StoreFixture()
    let analyzer = FakeAnalyzer()
    let store = try importArticles(fixture, ["a.txt": "Title: A\n\nMr Smith."], analyzer: analyzer)
    let path = fixture.storePath + "/cache/entities-v1"
    var bytes = try #require(FileManager.default.contents(atPath: path))
    bytes[bytes.count / 2] ^= 0xFF
    try bytes.write(to: URL(fileURLWithPath: path))
    #expect(store.loadEntityCache() == nil)
    #expect(try store.updateEntityCache(using: analyzer) == 1)
    #expect(store.loadEntityCache()?.records.count == 1)
  }

  @Test("the cache file round-trips, and truncations never decode")
  func fileRoundTrip() throws {
    var builder = EntityCacheBuilder(existing: nil, analyzerVersion: "v")
    let stamp = EntityCacheFile.Stamp(size: 10, modificationTime: 1.5)
    let entities = [
      ArticleEntity(name: "Gina Raimondo", kind: .person, mentions: 3, aliases: ["Raimondo"]),
      ArticleEntity(name: "Huawei", kind: .organization, mentions: 1),
    ]
    builder.add(ArticleID("bbbb"), stamp: stamp, entities: entities)
    builder.add(ArticleID("aaaa"), stamp: stamp, entities: [])
    let file = builder.finish()
    let bytes = file.encoded()
    let decoded = try #require(EntityCacheFile.decode(bytes))
    #expect(decoded.records.map(\.id.rawValue) == ["aaaa", "bbbb"])
    #expect(decoded.record(for: ArticleID("bbbb")).map(decoded.entities(of:)) == entities)
    for length in stride(from: 0, to: bytes.count, by: 7) {
      #expect(EntityCacheFile.decode(Array(bytes.prefix(length))) == nil)
    }
  }

  @Test("a bare surname known as an alias of one full name is merged into it across articles")
  func surnameMerge() {
    var builder = EntityCacheBuilder(existing: nil, analyzerVersion: "v")
    let stamp = EntityCacheFile.Stamp(size: 1, modificationTime: 0)
    builder.add(
      ArticleID("a1"), stamp: stamp,
      entities: [
        ArticleEntity(name: "Gina Raimondo", kind: .person, mentions: 2, aliases: ["Raimondo"])
      ])
    builder.add(
      ArticleID("a2"), stamp: stamp,
      entities: [ArticleEntity(name: "Raimondo", kind: .person, mentions: 4)])
    let summaries = [
      ArticleSummary(id: ArticleID("a1"), title: "1"), .init(id: ArticleID("a2"), title: "2"),
    ]
    let catalog = EntityCatalog.build(from: builder.finish(), summaries: summaries)
    #expect(catalog.entities.count == 1)
    #expect(catalog.entities.first?.name == "Gina Raimondo")
    #expect(catalog.entities.first?.articles == 2)
    #expect(catalog.entities.first?.mentions == 6)
    #expect(catalog.articles(mentioning: "raimondo") == [0, 1])
  }

  @Test("corrections remove entities and change kinds in the catalog, and persist in state/")
  func corrections() throws {
    let fixture = try StoreFixture()
    let analyzer = FakeAnalyzer()
    let store = try importArticles(
      fixture, ["a.txt": "Title: A\n\nMr Smith met AcmeCorp and BetaCorp."], analyzer: analyzer)
    try store.correct("acmecorp", .reject)
    try store.correct("BetaCorp", .kind(.person))
    let catalog = store.entityCatalog(for: try store.summaries(), analyzerVersion: "fake-1")
    #expect(!catalog.entities.contains { $0.name == "AcmeCorp" })
    #expect(catalog.entities.first { $0.name == "BetaCorp" }?.kind == .person)
    let reopened = try fixture.open(create: false)
    let corrections = try reopened.corrections()
    #expect(corrections.decision(for: "ACMECORP") == .reject)
    #expect(fixture.read("state/corrections")?.contains("not-entity    acmecorp") == true)
    // Setting a name again replaces its line.
    try reopened.correct("AcmeCorp", .kind(.organization))
    #expect(try reopened.corrections().decision(for: "acmecorp") == .kind(.organization))
    #expect(
      fixture.read("state/corrections")?.components(separatedBy: "\n")
        .filter { $0.lowercased().contains("acmecorp") }.count == 1)
  }

  @Test("the corrections file keeps comments and reports lines it cannot read")
  func correctionsParsing() {
    let text = "# mine\nperson   Honor\n\nnot-entity Silicon UK\nbogus line here\norganization\n"
    let corrections = EntityCorrections.parse(text)
    #expect(corrections.decision(for: "honor") == .kind(.person))
    #expect(corrections.decision(for: "silicon uk") == .reject)
    #expect(corrections.problems.map(\.line) == [5, 6])
    #expect(corrections.text.hasPrefix("# mine\nperson        Honor\n"))
    #expect(corrections.text.contains("bogus line here"))
    #expect(corrections.declared.map(\.name) == ["Honor"])
  }
}
