import ArgumentParser
import BylineEntities
import Foundation

/// `byline entities [FILE|-] [--json]`: the people and organizations in a text.
struct EntitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entities",
    abstract: "Print the people and organizations named in a text file (or standard input).",
    discussion: """
      Plain output: one mention per line: kind, text, entity (canonical name), start, end. \
      With --json: an array of {"text", "kind", "start", "end", "entity"}, where start and \
      end are UTF-8 byte offsets into the input (end exclusive).
      """)

  @Argument(help: ArgumentHelp("A UTF-8 text file, or - for standard input.", valueName: "file"))
  var file: String = "-"

  @Flag(name: .long, help: "Print JSON.")
  var json = false

  func run() throws {
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
