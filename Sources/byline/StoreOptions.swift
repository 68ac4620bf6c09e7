import ArgumentParser
import BylineStore
import Foundation

/// `--store DIR`, shared by every command that opens a store.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The store directory.",
      discussion: "Default: $BYLINE_STORE, else $XDG_DATA_HOME/byline, else ~/.local/share/byline.",
      valueName: "dir"))
  var store: String?

  /// The store directory this invocation uses.
  var directory: URL {
    StoreLocation.resolve(explicit: store, environment: ProcessInfo.processInfo.environment)
  }
}
