import ArgumentParser
import BylineCore
import BylineEntities
import BylineStore
import Foundation

/// `byline entities [FILE|-] [--json]`: the people and organizations in a text;
/// `byline entities --store DIR`: those of a whole store.
struct EntitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entities",
    abstract:
      "Print the people and organizations named in a text file (or standard input), or in a store.",
    discussion: """
      Plain output: one mention per line: kind, text, entity (canonical name), start, end. \
      With --json: an array of {"text", "kind", "start", "end", "entity"}, where start and \
      end are UTF-8 byte offsets into the input (end exclusive).

      With --store DIR: every entity in the store, most articles first, one per line: \
      articles, mentions, kind, name, aliases (separated by "; "). With --json: an array of \
      {"name", "kind", "articles", "mentions", "aliases"}. Articles whose entities are not \
      cached yet are analyzed first (a progress line on a terminal). The user's corrections \
      (made in the reader's entity panel) apply.
      """)

  @Option(
    name: .long, help: ArgumentHelp("List the entities of this store instead.", valueName: "dir"))
  var store: String?

  @Option(name: .long, help: "With --store: only the first N entities.")
  var top: Int?

  @Option(name: .long, help: "With --store: only people or only organizations.")
  var kind: KindOption?

  /// `--kind` values.
  enum KindOption: String, ExpressibleByArgument, CaseIterable {
    case person, organization
  }

  @Argument(help: ArgumentHelp("A UTF-8 text file, or - for standard input.", valueName: "file"))
  var file: String = "-"

  @Flag(name: .long, help: "Print JSON.")
  var json = false

  func run() throws {
    if let store {
      try listStore(store)
      return
    }
    let data: Data
    do {
      data = try InputFile.read(file)
    } catch {
      throw CommandFailure.message("\(error)")
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      throw CommandFailure.message(
        "\(file == "-" ? "standard input" : file) is not valid UTF-8 text; convert it first "
          + "(for example with iconv -t UTF-8).")
    }
    let recognizer: PerceptronRecognizer
    do {
      recognizer = try PerceptronRecognizer.bundled()
    } catch {
      throw CommandFailure.message("\(error)")
    }
    let mentions = recognizer.mentions(in: text)
    if json {
      let values: [JSONText.Value] = mentions.map {
        .object([
          ("text", .string($0.text)), ("kind", .string($0.kind.rawValue)),
          ("start", .int($0.start)), ("end", .int($0.end)), ("entity", .string($0.entity)),
        ])
      }
      print(JSONText.render(.array(values)))
    } else {
      var output = ""
      for m in mentions {
        output +=
          [m.kind.rawValue, Console.safe(m.text), Console.safe(m.entity), "\(m.start)", "\(m.end)"]
          .joined(separator: "\t") + "\n"
      }
      FileHandle.standardOutput.write(Data(output.utf8))
    }
  }
}

extension EntitiesCommand {
  /// `--store`: the catalog of the store, after filling in missing analyses.
  func listStore(_ path: String) throws {
    let catalog: EntityCatalog
    do {
      let store = try ArticleStore(
        directory: StoreLocation.resolve(
          explicit: path, environment: ProcessInfo.processInfo.environment),
        createIfMissing: false)
      let analyzer = DocumentAnalyzer(recognizer: try PerceptronRecognizer.bundled())
      let progress = ProgressLine(label: "finding people and organizations")
      if !store.isReadOnly {
        try store.updateEntityCache(using: analyzer) { done, total in progress.show(done, total) }
      }
      progress.finish()
      catalog = store.entityCatalog(
        for: try store.summaries(), analyzerVersion: analyzer.version)
    } catch {
      throw CommandFailure.message("\(error)")
    }
    var entities = catalog.entities
    if let kind {
      entities = entities.filter { $0.kind.name == kind.rawValue }
    }
    if let top { entities = Array(entities.prefix(max(0, top))) }
    if json {
      let values: [JSONText.Value] = entities.map {
        .object([
          ("name", .string($0.name)), ("kind", .string($0.kind.name)),
          ("articles", .int($0.articles)), ("mentions", .int($0.mentions)),
          ("aliases", .array($0.aliases.map { .string($0) })),
        ])
      }
      print(JSONText.render(.array(values)))
      return
    }
    var output = ""
    for entity in entities {
      output +=
        [
          "\(entity.articles)", "\(entity.mentions)", entity.kind.name, Console.safe(entity.name),
          entity.aliases.map(Console.safe).joined(separator: "; "),
        ].joined(separator: "\t") + "\n"
    }
    FileHandle.standardOutput.write(Data(output.utf8))
    if catalog.unanalyzedArticles > 0 {
      Console.error(
        "\(catalog.unanalyzedArticles) articles could not be analyzed (read-only store?).")
    }
  }
}

/// Reading a whole input file, or standard input for `-`.
enum InputFile {
  /// The largest input the text commands read (64 MiB).
  static let maximumSize = 64 << 20

  static func read(_ path: String) throws -> Data {
    if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw CommandFailure.message(
        "Cannot read \(Console.safe(path)): no such file, or no permission.")
    }
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    if let size = attributes?[.size] as? Int, size > maximumSize {
      throw CommandFailure.message("\(Console.safe(path)) is larger than 64 MiB; split it first.")
    }
    return try Data(contentsOf: URL(fileURLWithPath: path))
  }
}
