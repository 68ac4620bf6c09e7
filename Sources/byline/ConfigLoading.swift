import BylineCore
import BylineStore
import Foundation
import Synchronization

/// Reads the configuration file (the one place that touches it; `BylineCore` does no I/O).
///
/// The reader calls ``load(environment:)`` once and shows the first problem
/// in its status bar; the non-interactive commands get the store directory
/// through ``StoreOptions/directory``, which prints the problems on standard
/// error once per run (``loadReportingProblems(environment:)``).
enum ConfigLoading {
  /// The configuration, the key map it asks for, and every problem found.
  struct Loaded: Sendable {
    var config: Config
    var keyMap: KeyMap
    var problems: [ConfigProblem]
  }

  /// The configuration already loaded and reported in this run, if any.
  private static let reported = Mutex<Loaded?>(nil)

  /// Loads `config.toml`; a missing file gives the defaults and no problems.
  static func load(environment: [String: String]) -> Loaded {
    guard let path = ConfigLocation.path(environment: environment) else {
      return Loaded(config: .defaults, keyMap: .standard, problems: [])
    }
    let text: String
    do {
      guard FileManager.default.fileExists(atPath: path) else {
        return Loaded(config: .defaults, keyMap: .standard, problems: [])
      }
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      text = String(decoding: data, as: UTF8.self)
    } catch {
      let problem = ConfigProblem(
        file: path, line: nil, key: nil,
        problem: "cannot be read (\(error.localizedDescription)); using the defaults")
      return Loaded(config: .defaults, keyMap: .standard, problems: [problem])
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    let parsed = ConfigParser.parse(text, file: path, home: home)
    let (keyMap, keyProblems) = KeyMap.standard.remapped(parsed.config.keys, file: path)
    return Loaded(config: parsed.config, keyMap: keyMap, problems: parsed.problems + keyProblems)
  }

  /// ``load(environment:)`` for non-interactive commands: the first call in a
  /// run prints every problem on standard error; later calls reuse the result.
  static func loadReportingProblems(environment: [String: String]) -> Loaded {
    reported.withLock { cached in
      if let cached { return cached }
      let loaded = load(environment: environment)
      for problem in loaded.problems { Console.error(Console.safe(problem.description)) }
      cached = loaded
      return loaded
    }
  }

  /// The status-bar message for `problems`: the first, and how many more there are.
  static func statusText(_ problems: [ConfigProblem]) -> String? {
    guard let first = problems.first else { return nil }
    let more = problems.count - 1
    guard more > 0 else { return first.description }
    return first.description + " (\(more) more; `byline keys` prints them all)"
  }

  /// The store directory: `--store`, else `$BYLINE_STORE`, else the config's
  /// `store`, else `$XDG_DATA_HOME/byline` or `~/.local/share/byline`.
  static func storeDirectory(
    explicit: String?, config: Config, environment: [String: String]
  ) -> URL {
    let fromEnvironment = !(environment["BYLINE_STORE"] ?? "").isEmpty
    let chosen = explicit ?? (fromEnvironment ? nil : config.store)
    return StoreLocation.resolve(explicit: chosen, environment: environment)
  }
}
