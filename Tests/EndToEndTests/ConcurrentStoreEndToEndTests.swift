import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Several real `byline` processes on one store at once: two imports, a
/// reader beside an import, two readers marking articles.
@Suite(.serialized) struct ConcurrentStoreEndToEndTests {
  static let skipReason = TmuxSession.unavailableReason

  /// The binary, or nil (after printing why) when tmux or the binary is missing.
  func binary() -> String? {
    if let reason = Self.skipReason {
      print("skipped: \(reason)")
      return nil
    }
    return TmuxSession.bylineBinary?.path
  }

  @Test("Two imports into one store at once, with overlapping inputs, lose and duplicate nothing")
  func twoImportsAtOnce() throws {
    guard let byline = TmuxSession.bylineBinary?.path else {
      print("skipped: the byline binary is not built (run `swift build` first)")
      return
    }
    let corpus = try ImportCorpus()
    try corpus.writeArticles(0..<800, into: "shared")
    try corpus.writeFeed(items: 200, into: "shared")
    try corpus.writeArticles(800..<1400, into: "onlyA")
    try corpus.writeArticles(1400..<2000, into: "onlyB")
    let store = corpus.path("store")
    let logs = [corpus.path("a.log"), corpus.path("b.log")]
    let importers = [
      ChildProcess(
        [byline, "import", "--store", store, corpus.path("shared"), corpus.path("onlyA")],
        outputPath: logs[0]),
      ChildProcess(
        [byline, "import", "--store", store, corpus.path("shared"), corpus.path("onlyB")],
        outputPath: logs[1]),
    ]
    let statuses = importers.map { $0?.wait() }
    #expect(statuses == [0, 0], "both imports succeed")
    let reports = logs.map { (try? String(contentsOfFile: $0, encoding: .utf8)) ?? "" }

    // Each shared article was imported by one process and found present by the other.
    let counts = reports.map(Self.reportCounts)
    print("two imports at once: \(counts) (imported, already present) for A and B")
    #expect(counts.map(\.imported).reduce(0, +) == 2200, "\(reports)")
    #expect(counts.map(\.present).reduce(0, +) == 1000, "\(reports)")

    let names = ImportCorpus.names(store, "articles")
    #expect(names.count == 2200, "one file per distinct input")
    var titles: Set<String> = []
    for name in names {
      let text = (try? String(contentsOfFile: store + "/articles/" + name, encoding: .utf8)) ?? ""
      if let problem = corpus.problem(withArticle: text) {
        Issue.record("articles/\(name): \(problem)")
      }
      titles.insert(text.prefix { $0 != "\n" }.description)
    }
    #expect(titles.count == 2200, "no input stored twice under two names")
    #expect(ImportCorpus.names(store, "tmp").isEmpty)
    #expect(ImportCorpus.listedIDs(byline, store: store).ids?.count == 2200)
  }

  /// `imported N, already present M` from an import's summary line.
  static func reportCounts(_ report: String) -> (imported: Int, present: Int) {
    let words = report.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" })
    func number(after word: String) -> Int {
      guard let index = words.firstIndex(where: { $0 == word }), index + 1 < words.count
      else { return -1 }
      return Int(words[index + 1]) ?? -1
    }
    return (number(after: "imported"), number(after: "present"))
  }

  @Test("A reader open during an import never crashes or shows a partial article; R shows all")
  func readerDuringImport() throws {
    guard let byline = binary() else { return }
    // On disk, where fsync makes the import last long enough to press many keys.
    let corpus = try ImportCorpus(inMemory: false)
    try corpus.writeArticles(0..<20, into: "initial")
    try corpus.writeArticles(20..<1520, into: "input")
    try corpus.writeFeed(items: 200, into: "input")
    let store = corpus.path("store")
    let setup = TmuxSession.run([byline, "import", "--store", store, corpus.path("initial")])
    try #require(setup.status == 0, "\(setup.output)")
    // Three of the first articles are deleted while the reader shows them.
    let doomed = ImportCorpus.names(store, "articles").filter { name in
      let text = (try? String(contentsOfFile: store + "/articles/" + name, encoding: .utf8)) ?? ""
      return ["00001", "00002", "00003"].contains { text.hasPrefix("Title: Crash article " + $0) }
    }
    try #require(doomed.count == 3)

    let tmux = TmuxSession(width: 100, height: 30, command: "\(byline) --store \(store)")
    defer { tmux.kill() }
    let start = tmux.waitFor { $0.contains("1/20") }
    try #require(start.contains("1/20"), "\(start)")
    guard
      let importer = ChildProcess(
        [byline, "import", "--store", store, corpus.path("input")],
        outputPath: corpus.path("import.log"))
    else {
      Issue.record("could not start the import")
      return
    }
    let keys = ["j", "j", "Enter", "Left", "k", "R"]
    var presses = 0
    var problems: [String] = []
    while !importer.hasExited, problems.isEmpty {
      tmux.send(keys[presses % keys.count])
      presses += 1
      if presses == 15 {
        for name in doomed {
          try? FileManager.default.removeItem(atPath: store + "/articles/" + name)
        }
      }
      problems = screenProblems(tmux.capture(), corpus)
      if tmux.exitStatus != nil { problems.append("the reader exited") }
    }
    #expect(problems.isEmpty, "after \(presses) keys: \(problems)")
    #expect(importer.wait() == 0, "the import succeeds")
    #expect(presses >= 12, "the import ended before the reader was exercised much")
    print("keys sent to the reader during the import: \(presses)")

    let total = 20 + 1500 + 200 - doomed.count
    tmux.send("Left", "R")
    tmux.waitFor { $0.contains("new article") }
    tmux.send("g")
    let final = tmux.waitFor { $0.contains(" 1/\(total) ") }
    #expect(final.contains(" 1/\(total) "), "the full count after R:\n\(final)")
    #expect(screenProblems(final, corpus).isEmpty)
    tmux.send("Q")
    #expect(tmux.waitForExit() == 0)
  }

  /// What is wrong with a reader screen: no list, an unknown title, or an article body cut short.
  func screenProblems(_ screen: String, _ corpus: ImportCorpus) -> [String] {
    var problems: [String] = []
    let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
    var titles = 0
    for row in rows {
      let parts = row.split(separator: "│", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2 else { continue }
      let words = parts[0].split(separator: " ")
      guard let dateIndex = words.firstIndex(where: Self.isDate) else { continue }
      let title = words[(dateIndex + 1)...].joined(separator: " ")
      let stem = title.hasSuffix("\u{2026}") ? String(title.dropLast()) : title
      if corpus.bodies.keys.contains(where: { $0.hasPrefix(stem) }) && !stem.isEmpty {
        titles += 1
      } else {
        problems.append("unknown title in the list: \(title)")
      }
    }
    if titles == 0 { problems.append("no list shown:\n\(screen)") }
    for row in rows {
      guard let range = row.range(of: "Start of article ") else { continue }
      let number = row[range.upperBound...].prefix(5)
      if !screen.contains("End of article \(number).") {
        problems.append("article \(number) shown without its end:\n\(screen)")
      }
    }
    return problems
  }

  static func isDate(_ word: Substring) -> Bool {
    word.count == 10
      && word.enumerated().allSatisfy { index, character in
        index == 4 || index == 7 ? character == "-" : character.isASCII && character.isNumber
      }
  }

  @Test("Read and star marks from two readers open at once are all kept")
  func twoReadersMarking() throws {
    guard let byline = binary() else { return }
    let corpus = try ImportCorpus()
    try corpus.writeArticles(0..<6, into: "input")
    let store = corpus.path("store")
    let setup = TmuxSession.run([byline, "import", "--store", store, corpus.path("input")])
    try #require(setup.status == 0)
    let readers = (0..<2).map { _ in
      TmuxSession(width: 100, height: 30, command: "\(byline) --store \(store)")
    }
    defer { for reader in readers { reader.kill() } }
    for reader in readers { try #require(reader.waitFor { $0.contains("1/6") }.contains("1/6")) }

    // Interleaved: A reads and stars the 1st, B reads the 2nd, A stars the
    // 3rd, B stars the 4th and marks it read with u, A marks the 1st unread.
    readers[0].send("Enter", "s", "Left")
    readers[1].send("j", "Enter", "Left")
    readers[0].send("j", "j", "s")
    readers[1].send("j", "j", "s", "u")
    readers[0].send("k", "k", "u")
    #expect(readers[0].waitFor { $0.contains("1/6") }.contains("1/6"))
    #expect(readers[1].waitFor { $0.contains("4/6") }.contains("4/6"))
    let order = readers[0].capture().split(separator: "\n").compactMap { row -> String? in
      guard let range = row.range(of: "Crash article ") else { return nil }
      return "Crash article " + row[range.upperBound...].prefix(5)
    }
    for reader in readers {
      reader.send("Q")
      #expect(reader.waitForExit() == 0)
    }

    let list = TmuxSession.run([byline, "list", "--store", store]).output
    var flags: [String: String] = [:]
    for row in list.split(separator: "\n") {
      let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
      if fields.count >= 5 { flags[String(fields[3])] = String(fields[4]) }
    }
    try #require(order.count >= 4, "the reader's list order: \(order)")
    let expected = ["unread,starred", "read", "unread,starred", "read,starred", "unread", "unread"]
    for (index, title) in order.prefix(6).enumerated() {
      #expect(flags[title] == expected[index], "\(title) (row \(index + 1)):\n\(list)")
    }
  }
}
