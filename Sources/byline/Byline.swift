import ArgumentParser

/// The `byline` command: a terminal reader for news articles that highlights
/// the people and organizations named in them.
@main
struct Byline: ParsableCommand {
  static let version = "1.0.0"

  static let configuration = CommandConfiguration(
    commandName: "byline",
    abstract: "Read news articles in the terminal, with people and organizations highlighted.",
    discussion: """
      Run without a subcommand to open the reader on your store. Try `byline --demo` \
      for the bundled sample articles.
      """,
    version: version,
    subcommands: [
      ReadCommand.self, ImportCommand.self, ListCommand.self, EntitiesCommand.self,
      TagCommand.self, ThemesCommand.self, KeysCommand.self, ShowCommand.self, RestoreCommand.self,
      ManualCommand.self,
    ],
    defaultSubcommand: ReadCommand.self
  )
}
