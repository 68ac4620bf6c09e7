import ArgumentParser
import BylineCore
import Foundation

/// `byline keys`: the key table, from the same data the reader and its help use.
struct KeysCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keys",
    abstract: "Print the reader's keys as a Markdown table.",
    discussion: """
      The table includes the [keys] remapping of config.toml; problems in that file are \
      printed on standard error. With --defaults, Byline's own keys (the README's table).
      """)

  @Flag(name: .long, help: "Print the default keys, ignoring the configuration file.")
  var defaults = false

  func run() throws {
    if defaults {
      print(KeyMap.standard.markdownTable)
      return
    }
    let settings = ConfigLoading.loadReportingProblems(
      environment: ProcessInfo.processInfo.environment)
    print(settings.keyMap.markdownTable)
  }
}
