import Foundation

/// A scratch folder of generated import inputs plus stores, for the
/// reliability tests that drive the real binary.
///
/// Lives in /dev/shm when it is a writable tmpfs (the tests kill processes,
/// not the machine, so durability costs nothing but time there), else in the
/// temporary directory. Every text article and feed item has a distinct
/// title and a body that names it at both ends, so a file can be checked
/// against its input exactly.
final class ImportCorpus {
  let root: URL
  /// Titles of every input article (text files and feed items), each mapped to its body.
  private(set) var bodies: [String: String] = [:]

  /// Creates an empty scratch folder; `inMemory: false` puts it on disk
  /// (where imports are slower, bound by `fsync`).
  init(inMemory: Bool = true) throws {
    let shm = URL(fileURLWithPath: "/dev/shm", isDirectory: true)
    let base =
      inMemory && FileManager.default.isWritableFile(atPath: shm.path)
      ? shm : FileManager.default.temporaryDirectory
    root = base.appendingPathComponent(
      "byline-rel-\(getpid())-\(UInt32.random(in: 0...UInt32.max))", isDirectory: true)
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: root) }

  /// `root/name`.
  func path(_ name: String) -> String { root.appendingPathComponent(name).path }

  /// Writes text articles `range` into `root/folder` (created), one file each.
  func writeArticles(_ range: Range<Int>, into folder: String) throws {
    let directory = root.appendingPathComponent(folder, isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for index in range {
      let number = String(format: "%05d", index)
      let title = "Crash article \(number)"
      let body =
        "Start of article \(number). Some words on topic \(index % 13), "
        + "with a longer sentence so that the file spans more than one write.\n\n"
        + "End of article \(number)."
      bodies[title] = body
      let text = "Title: \(title)\nSource: Reliability\nDate: 2020-01-02\n\n\(body)\n"
      try Data(text.utf8).write(to: directory.appendingPathComponent("a\(number).txt"))
    }
  }

  /// Writes one RSS 2.0 feed with `count` dated items to `root/folder/name`.
  func writeFeed(items count: Int, into folder: String, name: String = "feed.xml") throws {
    let directory = root.appendingPathComponent(folder, isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    var xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Crash feed</title>\n"
    for index in 0..<count {
      let number = String(format: "%04d", index)
      bodies["Feed item \(number)"] = "Feed body \(number), start and end."
      xml +=
        "<item><title>Feed item \(number)</title><link>https://example.com/\(index)</link>"
        + "<guid>item-\(index)</guid><description>Feed body \(number), start and end."
        + "</description><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>\n"
    }
    xml += "</channel></rss>\n"
    try Data(xml.utf8).write(to: directory.appendingPathComponent(name))
  }

  /// The names in `store/folder`, sorted; empty when the folder does not exist.
  static func names(_ store: String, _ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: store + "/" + folder)) ?? []).sorted()
  }

  /// Why the article file text is not one of the inputs, complete; nil when it is.
  ///
  /// Parses the header (up to the first blank line) for `Title:`, then
  /// compares the body with that input's body exactly.
  func problem(withArticle text: String) -> String? {
    guard let split = text.range(of: "\n\n") else { return "no blank line after a header" }
    let header = text[..<split.lowerBound].split(separator: "\n")
    guard let titleLine = header.first(where: { $0.hasPrefix("Title: ") }) else {
      return "no title"
    }
    let title = String(titleLine.dropFirst("Title: ".count))
    guard let expected = bodies[title] else { return "the title \(title) is not an input's" }
    let body = text[split.upperBound...]
    guard body == expected + "\n" else { return "the body of \(title) differs: \(body)" }
    return nil
  }

  /// The ids `byline list --store store` prints, or nil (with its output) when it fails.
  static func listedIDs(_ byline: String, store: String) -> (ids: [String]?, output: String) {
    let result = TmuxSession.run([byline, "list", "--store", store])
    guard result.status == 0 else { return (nil, result.output) }
    let ids = result.output.split(separator: "\n").map {
      String($0.prefix { $0 != "\t" })
    }
    return (ids, result.output)
  }
}
