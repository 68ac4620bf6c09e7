import ArgumentParser
import BylineEntities
import Foundation

/// `byline tag --conll FILE|-`: tags pre-tokenized CoNLL text, streaming.
struct TagCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tag",
    abstract: "Tag one-token-per-line (CoNLL) input with IOB2 entity tags.",
    discussion: """
      Input: one token per line (extra tab-separated columns are ignored), blank lines \
      between sentences, -DOCSTART- lines between documents. Output: TOKEN<TAB>TAG per \
      token, with blank and -DOCSTART- lines echoed in place.
      """)

  @Option(
    name: .long, help: ArgumentHelp("The CoNLL file, or - for standard input.", valueName: "file"))
  var conll: String

  func run() throws {
    let recognizer: PerceptronRecognizer
    do {
      recognizer = try PerceptronRecognizer.bundled()
    } catch {
      throw CommandFailure.message("\(error)")
    }
    let input: Int32
    if conll == "-" {
      input = 0
    } else {
      input = open(conll, O_RDONLY)
      guard input >= 0 else {
        throw CommandFailure.message(
          "Cannot open \(Console.safe(conll)): \(String(cString: strerror(errno))).")
      }
    }
    defer { if input != 0 { close(input) } }
    do {
      try tagCoNLL(input: input, output: 1, recognizer: recognizer)
    } catch {
      throw CommandFailure.message("\(error)")
    }
  }
}
