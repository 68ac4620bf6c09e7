import Foundation

/// The search index opened for one list of summaries, ready for many queries.
///
/// Opening maps every indexed document to its position in the list (one
/// read of each segment's document table, about 40 ms for 100,000
/// articles); a query then reads only dictionary blocks and posting lists.
/// Keep one session while the list is unchanged (read/star changes do not
/// matter) and open a new one after an import or an index update. Articles
/// the index does not have yet are searched by reading their files, up to
/// `maxScannedArticles`; beyond that they are counted in
/// `SearchResults.unsearchedCount`.
public final class SearchSession: Sendable {
  /// The most unindexed articles a query reads from disk.
  public static let maxScannedArticles = 500

  private let store: ArticleStore
  private let segments: [SearchSegment]
  /// Per segment, each document's position in the list, or -1 (deleted or not listed).
  private let positions: [[Int32]]
  /// Positions of listed articles no live document covers, ascending.
  private let unindexed: [Int]
  private let count: Int

  /// How many listed articles the index does not have.
  public var unindexedCount: Int { unindexed.count }

  init(store: ArticleStore, summaries: [ArticleSummary]) {
    self.store = store
    count = summaries.count
    // By a 64-bit hash of the id: no string is made per indexed document.
    var lookup: [UInt64: Int32] = [:]
    lookup.reserveCapacity(summaries.count)
    for (position, summary) in summaries.enumerated() {
      lookup[SearchDocument.idHash(summary.id)] = Int32(position)
    }
    let directory = store.searchDirectory
    var segments: [SearchSegment] = []
    var positions: [[Int32]] = []
    var covered = [Bool](repeating: false, count: summaries.count)
    for entry in directory.loadManifest()?.segments ?? [] {
      guard
        let segment = SearchSegment(
          path: directory.segmentPath(entry.name), fileSystem: directory.fileSystem),
        segment.documentCount == entry.documentCount
      else { continue }
      var map = [Int32](repeating: -1, count: segment.documentCount)
      let readable = segment.forEachDocument { number, _, id in
        guard !entry.isDeleted(number), let position = lookup[SearchTermTable.hash(id)] else {
          return
        }
        map[number] = position
      }
      guard readable else { continue }
      for position in map where position >= 0 { covered[Int(position)] = true }
      segments.append(segment)
      positions.append(map)
    }
    self.segments = segments
    self.positions = positions
    unindexed = covered.indices.filter { !covered[$0] }
  }

  /// The positions in `summaries` (the list the session was opened for) of the
  /// articles matching every word and qualifier of `query`, ascending.
  ///
  /// - Parameters:
  ///   - entityMatches: the articles mentioning the entity with a name or
  ///     alias (case-insensitive); nil when there is no such entity. Called
  ///     once per `entity:` qualifier.
  public func search(
    _ query: SearchQuery, in summaries: [ArticleSummary],
    entityMatches: (String) -> Set<ArticleID>?
  ) -> SearchResults {
    guard summaries.count == count else { return SearchResults(positions: [], unsearchedCount: 0) }
    var matched: [Bool]
    var unsearched = 0
    if query.words.isEmpty {
      matched = [Bool](repeating: true, count: count)
    } else {
      matched = [Bool](repeating: false, count: count)
      for (segment, map) in zip(segments, positions) {
        Self.match(query.words, in: segment) { number in
          let position = map[number]
          if position >= 0 { matched[Int(position)] = true }
        }
      }
      if unindexed.count <= Self.maxScannedArticles {
        for position in unindexed where scanMatches(query.words, summaries[position].id) {
          matched[position] = true
        }
      } else {
        unsearched = unindexed.count
      }
    }
    let entitySets = query.entities.map { entityMatches($0) ?? [] }
    var sourceMemo: [String: Bool] = [:]
    let sources = query.sources.map { $0.lowercased() }
    var result: [Int] = []
    for position in 0..<count where matched[position] {
      let summary = summaries[position]
      if !sources.isEmpty {
        let source = summary.source
        let fits =
          sourceMemo[source]
          ?? {
            let lowered = source.lowercased()
            let fits = sources.allSatisfy { lowered.contains($0) }
            sourceMemo[source] = fits
            return fits
          }()
        if !fits { continue }
      }
      if !entitySets.allSatisfy({ $0.contains(summary.id) }) { continue }
      result.append(position)
    }
    return SearchResults(positions: result, unsearchedCount: unsearched)
  }

  /// Calls `body` with each document of `segment` that has every word.
  private static func match(
    _ words: [SearchQuery.Word], in segment: SearchSegment, _ body: (Int) -> Void
  ) {
    let wordCount = (segment.documentCount + 63) / 64
    var result: [UInt64]?
    for word in words {
      let entries = segment.lookUp(Array(word.text.utf8), prefix: word.isPrefix)
      guard !entries.isEmpty else { return }
      var bits = [UInt64](repeating: 0, count: wordCount)
      segment.addPostings(of: entries, to: &bits)
      if var current = result {
        var any: UInt64 = 0
        for i in current.indices {
          current[i] &= bits[i]
          any |= current[i]
        }
        if any == 0 { return }
        result = current
      } else {
        result = bits
      }
    }
    guard let result else { return }
    for (i, word) in result.enumerated() where word != 0 {
      var remaining = word
      while remaining != 0 {
        body(i * 64 + remaining.trailingZeroBitCount)
        remaining &= remaining - 1
      }
    }
  }

  /// Whether the article file `id` has every word (for articles not yet indexed).
  private func scanMatches(_ words: [SearchQuery.Word], _ id: ArticleID) -> Bool {
    guard let article = try? store.articleWithoutState(id) else { return false }
    var tokens: Set<String> = []
    SearchTokenizer.forEachToken(in: article.summary.title + "\n" + article.body) {
      tokens.insert(String(decoding: $0, as: UTF8.self))
    }
    return words.allSatisfy { word in
      word.isPrefix ? tokens.contains { $0.hasPrefix(word.text) } : tokens.contains(word.text)
    }
  }
}

extension ArticleStore {
  /// Opens the search index for `summaries` (the reader's list) to run queries on it.
  public func searchSession(for summaries: [ArticleSummary]) -> SearchSession {
    SearchSession(store: self, summaries: summaries)
  }

  /// The positions in `summaries` of the articles matching `query`, ascending.
  ///
  /// Opens a `SearchSession` for this one query; keep a session instead when
  /// searching the same list repeatedly (as the user types).
  /// - Parameter entityMatches: the articles mentioning an entity named so (or
  ///   nil when there is none); see `SearchSession.search`.
  public func search(
    _ query: SearchQuery, in summaries: [ArticleSummary],
    entityMatches: (String) -> Set<ArticleID>? = { _ in nil }
  ) -> SearchResults {
    searchSession(for: summaries).search(query, in: summaries, entityMatches: entityMatches)
  }
}
