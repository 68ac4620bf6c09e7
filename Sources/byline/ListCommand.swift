import ArgumentParser
import BylineCore
import BylineEntities
import BylineStore
import Foundation

/// `byline list [--json]`: the store's articles, newest first, for scripts.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "Print the store's articles, newest first.",
    discussion: """
      One line per article: id, date, source, title and flags (read/unread, starred), \
      separated by tabs. With --json, an array of objects with id, title, source, author, \
      date (ISO 8601 or null), url, read and starred.
      """)

  @OptionGroup var storeOptions: StoreOptions

  @Flag(name: .long, help: "Print JSON instead of tab-separated lines.")
  var json = false

  // MARK: --search (full-text search, issue #5)

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Only articles matching the query, as / in the reader.",
      discussion: """
        Every word must occur in the title or body (case and accents ignored; the last \
        word also matches longer words it begins); source:NAME keeps articles whose source \
        contains NAME, entity:NAME those mentioning that person or organization. Quote \
        names with spaces: source:"The Verge".
        """,
      valueName: "query"))
  var search: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Only articles mentioning this person or organization (its name or any alias, any case).",
      valueName: "name"))
  var entity: String?

  // MARK: -

  func run() throws {
    var summaries: [ArticleSummary]
    do {
      let store = try ArticleStore(directory: storeOptions.directory, createIfMissing: false)
      let progress = ProgressLine(label: "building the article index")
      defer { progress.finish() }
      summaries = try store.summaries(progress: progress.show)
      if let entity { try Self.keepMentioning(entity, &summaries, store) }
      if let search { try Self.keepMatching(SearchQuery(parsing: search), &summaries, store) }
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      throw CommandFailure.message("\(error)")
    }
    if json {
      print(JSONText.render(.array(summaries.map(Self.jsonValue))))
      return
    }
    // Bytes, flushed every 1 MiB: building one String of 100,000 lines cost seconds and MiBs.
    var output: [UInt8] = []
    output.reserveCapacity(1 << 20)
    for article in summaries {
      article.id.withUTF8 { output.append(contentsOf: $0) }
      output.append(0x09)
      if let date = article.date { output.append(contentsOf: ISODate.string(date).utf8) }
      output.append(0x09)
      Self.appendField(article.source, to: &output)
      output.append(0x09)
      Self.appendField(article.title, to: &output)
      output.append(contentsOf: (article.isRead ? "\tread" : "\tunread").utf8)
      if article.isStarred { output.append(contentsOf: ",starred".utf8) }
      output.append(0x0A)
      if output.count >= 1 << 20 {
        FileHandle.standardOutput.write(Data(output))
        output.removeAll(keepingCapacity: true)
      }
    }
    FileHandle.standardOutput.write(Data(output))
  }

  /// Keeps the summaries matching `query` (in place: no second list of 100,000), after
  /// indexing the articles the search index lacks when there are too many to read
  /// (with a progress line on a terminal when that takes more than a second).
  static func keepMatching(
    _ query: SearchQuery, _ summaries: inout [ArticleSummary], _ store: ArticleStore
  ) throws {
    var session = store.searchSession(for: summaries)
    // A few unindexed articles are read by the search itself; many are indexed first.
    if !query.words.isEmpty && session.unindexedCount > SearchSession.maxScannedArticles {
      let progress = ProgressLine(label: "indexing for search")
      try store.updateSearchIndex { done, total in progress.show(done, total) }
      progress.finish()
      session = store.searchSession(for: summaries)
    }
    let catalog =
      query.entities.isEmpty
      ? nil
      : store.entityCatalog(
        for: summaries,
        analyzerVersion: DocumentAnalyzer(recognizer: try PerceptronRecognizer.bundled()).version)
    let results = session.search(query, in: summaries) { name in
      guard let positions = catalog?.articles(mentioning: name), !positions.isEmpty else {
        return nil
      }
      return Set(positions.compactMap { summaries.indices.contains($0) ? summaries[$0].id : nil })
    }
    if results.unsearchedCount > 0 {
      Console.error("\(results.unsearchedCount) articles could not be searched.")
    }
    for (kept, position) in results.positions.enumerated() where kept != position {
      summaries.swapAt(kept, position)
    }
    summaries.removeLast(summaries.count - results.positions.count)
  }

  /// Keeps the summaries of articles mentioning `name` (or an alias), finding the
  /// entities of articles not analyzed yet first (with a progress line on a terminal).
  static func keepMentioning(
    _ name: String, _ summaries: inout [ArticleSummary], _ store: ArticleStore
  ) throws {
    let analyzer = DocumentAnalyzer(recognizer: try PerceptronRecognizer.bundled())
    if !store.isReadOnly {
      let progress = ProgressLine(label: "finding people and organizations")
      try store.updateEntityCache(using: analyzer) { done, total in progress.show(done, total) }
      progress.finish()
    }
    let catalog = store.entityCatalog(for: summaries, analyzerVersion: analyzer.version)
    let positions = EntityArticles.positions(
      named: name, kind: nil, catalog: catalog, articles: summaries, store: store,
      corrections: (try? store.corrections()) ?? EntityCorrections())
    summaries = positions.map { summaries[$0] }
  }

  /// Appends `field(text)`, copying printable ASCII straight through.
  static func appendField(_ text: String, to output: inout [UInt8]) {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      output.append(contentsOf: text.utf8)
    } else {
      output.append(contentsOf: field(text).utf8)
    }
  }

  /// A TSV field: control characters neutralised, tabs and newlines as spaces.
  static func field(_ text: String) -> String {
    Console.safe(text).replacingOccurrences(of: "\t", with: " ")
  }

  static func jsonValue(_ article: ArticleSummary) -> JSONText.Value {
    .object([
      ("id", .string(article.id.rawValue)),
      ("title", .string(article.title)),
      ("source", .string(article.source)),
      ("author", .string(article.author)),
      ("date", article.date.map { .string(ISODate.string($0)) } ?? .null),
      ("dateIsImportTime", .bool(article.dateIsImportTime)),
      ("url", article.url.map { .string($0) } ?? .null),
      ("read", .bool(article.isRead)),
      ("starred", .bool(article.isStarred)),
    ])
  }
}

/// ISO 8601 timestamps in UTC (`2019-04-08T00:00:00Z`), whole seconds.
///
/// Formatted by hand: an `ISO8601DateFormatter` per call cost more than the
/// whole listing on a 100,000-article store.
enum ISODate {
  static func string(_ date: Date) -> String {
    let interval = date.timeIntervalSince1970
    guard interval.isFinite, abs(interval) < 1e11 else { return slowString(date) }
    var seconds = time_t(interval.rounded(.down))
    var parts = tm()
    guard gmtime_r(&seconds, &parts) != nil else { return slowString(date) }
    let year = Int(parts.tm_year) + 1900
    guard (1000...9999).contains(year) else { return slowString(date) }
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let yearText = "\(year)"
    return yearText + "-" + two(parts.tm_mon + 1) + "-" + two(parts.tm_mday) + "T"
      + two(parts.tm_hour) + ":" + two(parts.tm_min) + ":" + two(parts.tm_sec) + "Z"
  }

  /// Years outside 1000...9999 (and absurd dates): Foundation's formatter.
  static func slowString(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }
}
