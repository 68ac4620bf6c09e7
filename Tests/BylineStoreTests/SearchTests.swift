import Foundation
import Testing

@testable import BylineStore

@Suite struct SearchTests {
  // MARK: Query parsing

  @Test("words are tokenized; the last word is a prefix unless quoted or followed by a space")
  func queryWords() {
    let query = SearchQuery(parsing: "Trade  Biden’s tar")
    #expect(
      query.words == [
        .init("trade"), .init("biden"), .init("s"), .init("tar", isPrefix: true),
      ])
    #expect(SearchQuery(parsing: "tar ").words == [.init("tar")])
    #expect(SearchQuery(parsing: "\"trade war\"").words == [.init("trade"), .init("war")])
    #expect(SearchQuery(parsing: "war war").words == [.init("war")])
  }

  @Test("source: and entity: take a word or a quoted name, in any case")
  func queryQualifiers() {
    let query = SearchQuery(parsing: "source:\"The Verge\" Entity:'Gina Raimondo' chips SOURCE:bbc")
    #expect(query.sources == ["The Verge", "bbc"])
    #expect(query.entities == ["Gina Raimondo"])
    #expect(query.words == [.init("chips")])
    #expect(SearchQuery(parsing: "source:bbc chip").words == [.init("chip", isPrefix: true)])
    #expect(SearchQuery(parsing: "source:“Financial Times”").sources == ["Financial Times"])
  }

  @Test("an empty or blank query matches everything; a bare qualifier is a word")
  func queryEmpty() {
    #expect(SearchQuery(parsing: "").isEmpty)
    #expect(SearchQuery(parsing: "   ").isEmpty)
    #expect(SearchQuery(parsing: "source:").words == [.init("source", isPrefix: true)])
    #expect(
      SearchQuery(parsing: "\"unclosed phrase").words == [.init("unclosed"), .init("phrase")])
  }

  // MARK: Tokenizer

  @Test("apostrophes and hyphens split tokens; case and diacritics fold")
  func tokenizer() {
    #expect(
      SearchTokenizer.tokens("Biden’s co-op, Müller's CAFÉ") == [
        "biden", "s", "co", "op", "muller", "s", "cafe",
      ])
    #expect(
      SearchTokenizer.tokens("Straße Łódź Œuvre naïve") == ["strasse", "lodz", "oeuvre", "naive"])
    // Decomposed é (e + U+0301) folds like the composed one.
    #expect(SearchTokenizer.tokens("Cafe\u{301}") == ["cafe"])
    #expect(SearchTokenizer.tokens("ΑΘΗΝΑ 東京 2024") == ["αθηνα", "東京", "2024"])
    #expect(SearchTokenizer.tokens("") == [])
    let long = String(repeating: "a", count: 100)
    #expect(
      SearchTokenizer.tokens(long) == [String(repeating: "a", count: SearchTokenizer.maxTokenBytes)]
    )
  }

  // MARK: Searching a store

  @Test("all words must match, in title or body, whatever the case")
  func allWords() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let trade = try add(store, "Trade talks resume", "Negotiators met in Geneva.")
    let tariffs = try add(store, "Tariffs rise", "The trade war goes on in Geneva.")
    _ = try add(store, "Weather", "Rain all week.")
    try store.updateSearchIndex()
    #expect(try titles(store, "GENEVA trade ") == ["Tariffs rise", "Trade talks resume"].sorted())
    #expect(try titles(store, "trade war ") == ["Tariffs rise"])
    #expect(try titles(store, "trade snow") == [])
    #expect(try titles(store, "negotiat") == ["Trade talks resume"])
    #expect(try titles(store, "negotiat ") == [])
    _ = (trade, tariffs)
  }

  @Test("source: matches part of the source name, case-insensitively")
  func sourceQualifier() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    _ = try add(store, "Phones", "New phones.", source: "The Verge")
    _ = try add(store, "Phones again", "More phones.", source: "BBC News")
    try store.updateSearchIndex()
    #expect(try titles(store, "phones source:verge") == ["Phones"])
    #expect(try titles(store, "source:\"bbc news\"") == ["Phones again"])
    #expect(try titles(store, "source:nowhere").isEmpty)
  }

  @Test("entity: keeps the articles the caller's entity look-up names")
  func entityQualifier() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let first = try add(store, "Chips", "Raimondo spoke about chips.")
    _ = try add(store, "Chips two", "Chips were discussed.")
    try store.updateSearchIndex()
    let summaries = try store.summaries()
    let results = store.search(SearchQuery(parsing: "chips entity:raimondo"), in: summaries) {
      $0 == "raimondo" ? [first] : nil
    }
    #expect(results.positions.map { summaries[$0].id } == [first])
    let none = store.search(SearchQuery(parsing: "entity:nobody"), in: summaries) { _ in nil }
    #expect(none.positions.isEmpty)
  }

  @Test("an import is indexed incrementally: one new segment, old articles not re-tokenized")
  func incrementalImport() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    for n in 0..<5 { _ = try add(store, "Old \(n)", "alpha story \(n)") }
    #expect(try store.updateSearchIndex() == 5)
    #expect(try store.updateSearchIndex() == 0)
    let segmentsBefore = segmentNames(fixture)
    _ = try add(store, "New one", "alpha beta")
    _ = try add(store, "New two", "beta gamma")
    var progress: [(Int, Int)] = []
    #expect(try store.updateSearchIndex { progress.append(($0, $1)) } == 2)
    #expect(progress.last.map { [$0.0, $0.1] } == [2, 2])
    let segmentsAfter = segmentNames(fixture)
    #expect(Set(segmentsBefore).isSubset(of: Set(segmentsAfter)))
    #expect(segmentsAfter.count == segmentsBefore.count + 1)
    #expect(try titles(store, "alpha beta ") == ["New one"])
    #expect(try titles(store, "alpha ").count == 6)
  }

  @Test("indexForSearch (the import hook) makes new articles searchable without an update")
  func importHook() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let id = try add(store, "Hooked", "zebra crossing")
    let entry = try #require(try store.currentIndexEntries().first)
    store.indexForSearch([
      SearchDocument(
        id: id,
        stamp: EntityCacheFile.Stamp(size: entry.size, modificationTime: entry.modificationTime),
        title: "Hooked", body: "zebra crossing")
    ])
    let summaries = try store.summaries()
    let session = store.searchSession(for: summaries)
    #expect(session.unindexedCount == 0)
    #expect(
      session.search(SearchQuery(parsing: "zebra "), in: summaries) { _ in nil }.positions == [0])
    #expect(try store.updateSearchIndex() == 0)
  }

  @Test("deleted articles stop matching and are dropped from the index")
  func deletion() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let doomed = try add(store, "Doomed", "unique walrus")
    _ = try add(store, "Kept", "other walrus")
    try store.updateSearchIndex()
    try FileManager.default.removeItem(atPath: fixture.storePath + "/articles/\(doomed).txt")
    #expect(try store.updateSearchIndex() == 0)
    #expect(try titles(store, "walrus ") == ["Kept"])
    let manifest = try #require(store.searchDirectory.loadManifest())
    #expect(manifest.segments.map(\.liveCount).reduce(0, +) == 1)
  }

  @Test("an article edited in place is indexed again and its old words stop matching")
  func editedArticle() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let id = try add(store, "Edited", "before text")
    try store.updateSearchIndex()
    let path = fixture.storePath + "/articles/\(id).txt"
    try articleText(title: "Edited", body: "after words, longer now").write(
      toFile: path, atomically: false, encoding: .utf8)
    _ = try store.sweepIndex()
    #expect(try store.updateSearchIndex() == 1)
    #expect(try titles(store, "after ") == ["Edited"])
    #expect(try titles(store, "before ") == [])
  }

  @Test("a missing or damaged index is rebuilt; unindexed articles are still found by reading them")
  func damagedIndex() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    for n in 0..<3 { _ = try add(store, "Story \(n)", "kiwi \(n)") }
    // Not indexed yet: found by reading the files.
    #expect(try titles(store, "kiwi ").count == 3)
    try store.updateSearchIndex()
    let directory = fixture.storePath + "/cache/search-v1"
    // Damaged postings: wrong or no matches, never a crash.
    try flipByte(directory, fromEnd: 12)
    _ = try titles(store, "kiwi ")
    // A damaged document table: the segment is dropped and its articles indexed again.
    try flipByte(directory, at: SearchIndexFile.headerSize + 3)
    #expect(try store.updateSearchIndex() == 3)
    #expect(try titles(store, "kiwi ").count == 3)
    try Data("garbage".utf8).write(to: URL(fileURLWithPath: directory + "/manifest"))
    #expect(try store.updateSearchIndex() == 3)
    try FileManager.default.removeItem(atPath: directory)
    #expect(try store.updateSearchIndex() == 3)
    #expect(try titles(store, "kiwi 2") == ["Story 2"])
  }

  @Test("many small segments are merged, and results stay the same")
  func merging() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    for n in 0..<(ArticleStore.searchMaxSmallSegments + 3) {
      _ = try add(store, "Story \(n)", "common word\(n)")
      try store.updateSearchIndex()
    }
    #expect(segmentNames(fixture).count <= ArticleStore.searchMaxSmallSegments)
    #expect(try titles(store, "common ").count == ArticleStore.searchMaxSmallSegments + 3)
    #expect(try titles(store, "word3 ") == ["Story 3"])
  }

  @Test("results are ascending and equal a brute-force scan on a seeded random store")
  func bruteForce() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let vocabulary = [
      "trade", "trader", "tariff", "geneva", "biden", "chips", "rain", "market", "müller",
      "vote", "energy", "oil", "bank", "rates", "café", "union", "strike", "court",
    ]
    var random = TestRandom(seed: 11)
    var bodies: [ArticleID: String] = [:]
    for n in 0..<300 {
      let words = (0..<(3 + random.next(12))).map { _ in vocabulary[random.next(vocabulary.count)] }
      let body = words.joined(separator: " ")
      let id = try add(store, "Story \(n)", body, source: ["Alpha", "Beta News"][n % 2])
      bodies[id] = "Story \(n)\n" + body
      if n == 150 { try store.updateSearchIndex() }
    }
    try store.updateSearchIndex()
    let summaries = try store.summaries()
    let session = store.searchSession(for: summaries)
    for _ in 0..<60 {
      var text = (0..<(1 + random.next(3))).map { _ in vocabulary[random.next(vocabulary.count)] }
        .joined(separator: " ")
      if random.next(3) == 0 { text = String(text.dropLast(2)) }
      if random.next(4) == 0 { text += " source:news" }
      let query = SearchQuery(parsing: text)
      let found = session.search(query, in: summaries) { _ in nil }.positions
      let expected = summaries.indices.filter { position in
        let tokens = Set(SearchTokenizer.tokens(bodies[summaries[position].id] ?? ""))
        let wordsMatch = query.words.allSatisfy { word in
          word.isPrefix ? tokens.contains { $0.hasPrefix(word.text) } : tokens.contains(word.text)
        }
        let sourceMatch = query.sources.allSatisfy {
          summaries[position].source.lowercased().contains($0.lowercased())
        }
        return wordsMatch && sourceMatch
      }
      #expect(found == expected, "query \(text)")
      #expect(found == found.sorted())
    }
  }

  @Test("the streaming checksum equals IndexChecksum over any split")
  func streamingChecksum() {
    let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    for split in [0, 8, 24, 1000] {
      var hasher = StreamingChecksum(totalLength: bytes.count)
      hasher.update(Array(bytes[..<split]))
      hasher.update(Array(bytes[split...]))
      #expect(hasher.finish() == IndexChecksum.hash(bytes[...]))
    }
  }

  // MARK: Helpers

  private func add(
    _ store: ArticleStore, _ title: String, _ body: String, source: String = "Test"
  ) throws -> ArticleID {
    let text = "Title: \(title)\nSource: \(source)\nDate: 2020-01-02\n\n\(body)\n"
    return try store.importText(text, name: title, kind: .text).id
  }

  private func titles(_ store: ArticleStore, _ query: String) throws -> [String] {
    let summaries = try store.summaries()
    let results = store.search(SearchQuery(parsing: query), in: summaries) { _ in nil }
    #expect(results.unsearchedCount == 0)
    return results.positions.map { summaries[$0].title }.sorted()
  }

  /// Flips one byte of every segment file in `directory`.
  private func flipByte(_ directory: String, at offset: Int? = nil, fromEnd: Int = 0) throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory)
    for name in names where name.hasPrefix("segment-") {
      let url = URL(fileURLWithPath: directory + "/" + name)
      var bytes = try [UInt8](Data(contentsOf: url))
      bytes[offset ?? bytes.count - fromEnd] ^= 0xFF
      try Data(bytes).write(to: url)
    }
  }

  private func segmentNames(_ fixture: StoreFixture) -> [String] {
    fixture.names(in: "cache/search-v1").filter { $0.hasPrefix("segment-") }
  }
}

/// SplitMix64, for reproducible random stores.
private struct TestRandom {
  var state: UInt64
  init(seed: UInt64) { state = seed }

  mutating func next(_ bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int((z ^ (z >> 31)) % UInt64(bound))
  }
}
