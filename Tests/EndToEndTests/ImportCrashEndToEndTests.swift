import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `byline import` killed with SIGKILL at many points of a large import.
///
/// After each kill: every article file is complete (byte for byte the file an
/// uninterrupted import writes, whose body is exactly its input's), the next
/// start lists exactly the files present and removes the killed writer's
/// temporary files, and a rerun completes the import without duplicates.
@Suite(.serialized) struct ImportCrashEndToEndTests {
  static let textArticles = 2000
  static let feedItems = 200
  /// When to kill, as fractions of an uninterrupted import's time: many
  /// early (creating the store, the first batch), none so late that a
  /// slower run would already be done.
  static let killPoints = [0, 0.002, 0.01, 0.03, 0.07, 0.12, 0.2, 0.3, 0.4, 0.5, 0.6, 0.75]

  @Test("SIGKILL at 12 points of an import leaves only complete articles; a rerun completes it")
  func killDuringImport() throws {
    guard let byline = TmuxSession.bylineBinary?.path else {
      print("skipped: the byline binary is not built (run `swift build` first)")
      return
    }
    let corpus = try ImportCorpus()
    try corpus.writeArticles(0..<Self.textArticles, into: "input")
    try corpus.writeFeed(items: Self.feedItems, into: "input")
    let input = corpus.path("input")
    let total = Self.textArticles + Self.feedItems

    // The reference: an uninterrupted import, timed; its files are checked against the inputs.
    let reference = corpus.path("reference")
    let started = Date()
    let full = TmuxSession.run([byline, "import", "--store", reference, input])
    let duration = Date().timeIntervalSince(started)
    try #require(full.status == 0, "uninterrupted import failed: \(full.output)")
    let referenceNames = ImportCorpus.names(reference, "articles")
    try #require(referenceNames.count == total)
    var referenceFiles: [String: Data] = [:]
    for name in referenceNames {
      let data = try Data(contentsOf: URL(fileURLWithPath: reference + "/articles/" + name))
      if let problem = corpus.problem(withArticle: String(decoding: data, as: UTF8.self)) {
        Issue.record("uninterrupted import, \(name): \(problem)")
      }
      referenceFiles[name] = data
    }
    print("uninterrupted import of \(total) articles into \(corpus.root.path): \(duration) s")

    var interrupted: [Bool] = []
    var leftTemporary: [Int] = []
    for (point, fraction) in Self.killPoints.enumerated() {
      let store = corpus.path("store-\(point)")
      let delay = fraction * duration
      let label = "kill \(point) at \(Int(delay * 1000)) ms"
      guard let child = ChildProcess([byline, "import", "--store", store, input]) else {
        Issue.record("\(label): could not start byline")
        continue
      }
      if delay > 0 { usleep(UInt32(delay * 1_000_000)) }
      child.signal(SIGKILL)
      interrupted.append(child.wait() == 128 + SIGKILL)

      // Every article present is complete and exactly an input.
      let present = ImportCorpus.names(store, "articles")
      for name in present {
        let data = FileManager.default.contents(atPath: store + "/articles/" + name)
        if data == nil || data != referenceFiles[name] {
          let text = String(decoding: data ?? Data(), as: UTF8.self)
          Issue.record("\(label): articles/\(name) is not a complete input article: \(text)")
        }
      }
      leftTemporary.append(ImportCorpus.names(store, "tmp").count)

      // The next start lists exactly the files present and cleans tmp/.
      let listed = ImportCorpus.listedIDs(byline, store: store)
      let presentIDs = present.map { String($0.dropLast(".txt".count)) }
      #expect(listed.ids?.sorted() == presentIDs, "\(label): list disagrees with the files")
      #expect(ImportCorpus.names(store, "tmp").isEmpty, "\(label): stale temporary files remain")

      // A rerun completes the import, adding exactly what is missing.
      let rerun = TmuxSession.run([byline, "import", "--store", store, input])
      #expect(rerun.status == 0, "\(label): rerun failed: \(rerun.output)")
      let expected = "imported \(total - present.count), already present \(present.count), failed 0"
      #expect(rerun.output.contains(expected), "\(label): \(rerun.output)")
      #expect(ImportCorpus.names(store, "articles") == referenceNames, "\(label): after the rerun")
      #expect(ImportCorpus.listedIDs(byline, store: store).ids?.count == total, "\(label)")
      #expect(ImportCorpus.names(store, "tmp").isEmpty, "\(label): tmp/ after the rerun")
      try? FileManager.default.removeItem(atPath: store)
    }
    print("kills that interrupted the import: \(interrupted)")
    print("temporary files left by each kill: \(leftTemporary)")
    // Most kills must land inside the import, and some must leave temporary
    // files behind, or this test checks less than it claims. (Timing on a
    // loaded machine varies, so half the kill points are enough.)
    #expect(interrupted.filter { $0 }.count >= Self.killPoints.count / 2)
    #expect(leftTemporary.contains { $0 > 0 })
  }
}
