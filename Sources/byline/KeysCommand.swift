import ArgumentParser
import BylineCore

/// `byline keys`: the key table, from the same data the reader and its help use.
struct KeysCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keys",
    abstract: "Print the reader's keys as a Markdown table.")

  func run() throws {
    print(KeyMap.standard.markdownTable)
  }
}
