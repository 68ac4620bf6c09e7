import ArgumentParser
import BylineCore
import BylineStore
import Foundation

/// `--store DIR`, shared by every command that opens a store.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The store directory.",
      discussion: """
        Default: $BYLINE_STORE, else `store` in config.toml, else $XDG_DATA_HOME/byline, \
        else ~/.local/share/byline.
        """,
      valueName: "dir"))
  var store: String?

  /// The store directory this invocation uses, for non-interactive commands.
  ///
  /// Reads the configuration file for its `store`, printing any problems in
  /// it on standard error (once per run).
  var directory: URL {
    let environment = ProcessInfo.processInfo.environment
    let settings = ConfigLoading.loadReportingProblems(environment: environment)
    return directory(config: settings.config, environment: environment)
  }

  /// The store directory for an already loaded configuration (the reader's).
  func directory(config: Config, environment: [String: String]) -> URL {
    ConfigLoading.storeDirectory(explicit: store, config: config, environment: environment)
  }
}
