import ArgumentParser
import BylineCore
import BylineEntities
import BylineFeeds
import BylineScreen
import BylineStore
import Foundation

/// `byline import PATH...`: adds article files, folders or standard input.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract:
      "Add articles to the store: .txt and .md files, folders (recursively), or - for standard input."
  )

  @OptionGroup var storeOptions: StoreOptions

  @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"))
  var paths: [String]

  func run() throws {
    let store: ArticleStore
    do {
      store = try ArticleStore(directory: storeOptions.directory, createIfMissing: true)
    } catch {
      throw CommandFailure.message("\(error)")
    }
    var analyzer: DocumentAnalyzer?
    do {
      analyzer = DocumentAnalyzer(recognizer: try PerceptronRecognizer.bundled())
    } catch {
      Console.error(
        "\(error) Importing without finding people and organizations now; they are found when the reader opens the store."
      )
    }
    let progress = ProgressLine(label: "importing")
    let report = store.importPaths(
      paths, converters: [FeedConverter()], analyzer: analyzer,
      progress: { done, total in progress.show(done, total) }
    ) {
      FileHandle.standardInput.readDataToEndOfFile()
    }
    progress.finish()
    for warning in report.warnings {
      Console.error("warning: \(Console.safe(warning.path)): \(Console.safe(warning.reason))")
    }
    for failure in report.failures {
      Console.error("\(Console.safe(failure.path)): \(Console.safe(failure.reason))")
    }
    print(report.summaryLine)
    if report.failed > 0 { throw ExitCode.failure }
  }
}

/// Writing to the terminal from the non-interactive commands.
enum Console {
  /// Prints `message` to standard error, prefixed with `byline: `.
  static func error(_ message: String) {
    FileHandle.standardError.write(Data(("byline: " + message + "\n").utf8))
  }

  /// `text` with control characters made harmless, for printing.
  static func safe(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if Sanitizer.isUnsafeForTerminal(scalar) {
        out += scalar == "\t" ? " " : "\u{FFFD}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
