import BylineStore
import Foundation

/// The `search` part of `byline-bench store`: index build time, query times, peak memory.
///
/// Builds the search index of the generated store from nothing (timed),
/// times an update with nothing to do and opening a `SearchSession`, then
/// runs ten queries (a common word, two rare words, three words, `source:`,
/// prefixes, no match) `runs` times each and prints the median and maximum
/// of each, and finally spawns `byline list --search` to report its peak RSS.
enum SearchBench {
  /// Measures and prints; `seed` is the one the store was generated with.
  static func run(
    _ measurer: StoreMeasurer, generator: ArticleGenerator, seed: UInt64, count: Int
  ) throws {
    let url = URL(fileURLWithPath: measurer.directory)
    try? FileManager.default.removeItem(atPath: measurer.directory + "/cache/search-v1")
    var indexed = 0
    let build = try measurer.time {
      indexed = try ArticleStore(directory: url, createIfMissing: false).updateSearchIndex()
    }
    print(
      String(
        format: "search: indexed %d articles in %.0f ms (%.3f ms/article)",
        indexed, build, build / Double(max(1, indexed))))
    let store = try ArticleStore(directory: url, createIfMissing: false)
    let noop = try measurer.time { try store.updateSearchIndex() }
    let summaries = try store.summaries()
    var session: SearchSession?
    let open = measurer.time { session = store.searchSession(for: summaries) }
    guard let session else { return }
    print(
      String(format: "search: update with nothing to do %.0f ms; session open %.0f ms", noop, open))
    var worst = 0.0
    for query in queries(generator, seed: seed, count: count) {
      var times: [Double] = []
      var hits = 0
      for _ in 0..<max(3, measurer.runs) {
        times.append(
          measurer.time {
            hits =
              session.search(SearchQuery(parsing: query), in: summaries) { _ in nil }
              .positions.count
          })
      }
      worst = max(worst, times.max() ?? 0)
      print(
        String(
          format: "search: %-34@ %6d hits  median %6.1f ms  max %6.1f ms",
          "\"\(query)\"" as NSString, hits, times.median, times.max() ?? 0))
    }
    print(String(format: "search: slowest query %.1f ms (target 200 ms)", worst))
    var peak = 0.0
    for query in ["the ", "\(count / 2) "] {
      do {
        let (_, rss) = try measurer.spawn(
          ["list", "--search", query, "--store", measurer.directory], underScript: false)
        peak = max(peak, rss)
      } catch { print("byline list --search: \(error)") }
    }
    print(String(format: "search: byline list --search peak RSS %.1f MiB", peak))
  }

  /// Ten queries over words the generated store is known to contain.
  static func queries(_ generator: ArticleGenerator, seed: UInt64, count: Int) -> [String] {
    let sample = generator.article(7, seed: seed)
    let long = SearchTokenizer.tokens(sample).filter { $0.count >= 7 && Int($0) == nil }
    let pick = { (position: Int) in long.isEmpty ? "news" : long[position % long.count] }
    return [
      "the ",
      "\(count / 2) ",
      "\(count / 3) news ",
      "\(pick(3)) \(pick(11)) \(pick(17)) ",
      "source:\"Feed 17 News\"",
      "\(pick(5)) source:\"feed 3\"",
      String(pick(23).prefix(3)),
      String(pick(29).prefix(5)),
      "t",
      "zzqxjw ",
    ]
  }
}
