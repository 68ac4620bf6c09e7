import BylineStore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// SplitMix64, the seeded generator every benchmark shuffle uses.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Realistic article text made by recombining the sample articles' paragraphs.
struct ArticleGenerator {
  let paragraphs: [(text: String, words: Int)]
  let titleWords: [String]
  static let firstNames = [
    "Ana", "Ben", "Chen", "Dara", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jo", "Kemal", "Lea",
  ]
  static let lastNames = [
    "Okafor", "Schmidt", "Tanaka", "Moreau", "Silva", "Novak", "Haddad", "Larsen", "Kim", "Rossi",
  ]
  static let feeds = (1...50).map { "Feed \($0) News" }

  /// Loads `*.txt` samples from `directory`.
  init(samplesDirectory directory: String) throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory)
      .filter { $0.hasSuffix(".txt") }.sorted()
    var paragraphs: [(String, Int)] = []
    var words: [String] = []
    for name in names {
      let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
      let file = ArticleFile.parse(text)
      for paragraph in file.body.components(separatedBy: "\n\n") {
        let count = paragraph.split(separator: " ").count
        if count >= 5 { paragraphs.append((paragraph, count)) }
      }
      words += (file.title ?? "").split(separator: " ").map(String.init).filter { $0.count > 3 }
    }
    guard !paragraphs.isEmpty, !words.isEmpty else {
      throw BenchFailure("no sample paragraphs in \(directory): pass --samples DIR")
    }
    self.paragraphs = paragraphs
    self.titleWords = words
  }

  /// The text of article `index` (deterministic for a seed and index).
  func article(_ index: Int, seed: UInt64) -> String {
    var random = SplitMix64(seed: seed ^ (UInt64(index) &* 0x2545_F491_4F6C_DD1D))
    let titleLength = Int.random(in: 4...9, using: &random)
    let title = (0..<titleLength).map { _ in titleWords.randomElement(using: &random) ?? "News" }
      .joined(separator: " ")
    let feed = Self.feeds[Int(random.next() % 50)]
    let author =
      "\(Self.firstNames.randomElement(using: &random) ?? "A") "
      + (Self.lastNames.randomElement(using: &random) ?? "B")
    var seconds = time_t(1_420_000_000 + Int(random.next() % 340_000_000))
    var parts = tm()
    gmtime_r(&seconds, &parts)
    let day = String(
      format: "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.tm_year + 1900, parts.tm_mon + 1,
      parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec)
    var body: [String] = []
    var words = 0
    while words < 400 {
      let paragraph = paragraphs[Int(random.next() % UInt64(paragraphs.count))]
      body.append(paragraph.text)
      words += paragraph.words
    }
    return """
      Title: \(title) \(index)
      Source: \(feed)
      Author: \(author)
      URL: https://feed\(feed.count).example/articles/\(index)
      Date: \(day)

      \(body.joined(separator: "\n\n"))

      """
  }

  /// Writes `count` articles straight into a new store at `directory` (no fsync).
  ///
  /// Ids are random hex (seeded), which the store accepts as file names; this
  /// tests listing and reading, not content hashing.
  func generateStore(at directory: String, count: Int, seed: UInt64) throws {
    _ = try ArticleStore(directory: URL(fileURLWithPath: directory), createIfMissing: true)
    var random = SplitMix64(seed: seed)
    for index in 0..<count {
      var id = ""
      while id.count < ArticleID.length { id += String(random.next(), radix: 16) }
      let path = directory + "/articles/" + String(id.prefix(ArticleID.length)) + ".txt"
      try writeFile(path, article(index, seed: seed))
    }
  }

  /// Writes `count` article files for import into `directory`.
  ///
  /// Article numbers start at `first` (a number is part of each title and link).
  func generateInputs(at directory: String, count: Int, seed: UInt64, first: Int = 0) throws {
    try FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true)
    for index in first..<(first + count) {
      try writeFile(directory + "/a\(index).txt", article(index, seed: seed))
    }
  }

  private func writeFile(_ path: String, _ text: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw BenchFailure("cannot create \(path): errno \(errno)") }
    defer { close(fd) }
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    guard written == bytes.count else { throw BenchFailure("short write to \(path)") }
  }
}

/// A benchmark set-up failure, with what to do.
struct BenchFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
