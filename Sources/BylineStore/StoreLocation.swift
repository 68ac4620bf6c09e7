import Foundation

/// Where the store is: `--store DIR`, else `$BYLINE_STORE`, else
/// `$XDG_DATA_HOME/byline`, else `~/.local/share/byline`.
public enum StoreLocation {
  /// The store directory for an explicit `--store` value and an environment.
  ///
  /// Empty values count as unset. A relative `XDG_DATA_HOME` is ignored, as
  /// the XDG spec requires. `~` at the start of a path means `$HOME`.
  public static func resolve(explicit: String?, environment: [String: String]) -> URL {
    let home = nonEmpty(environment["HOME"]) ?? NSHomeDirectory()
    func expanded(_ path: String) -> URL {
      if path == "~" { return URL(fileURLWithPath: home, isDirectory: true) }
      if path.hasPrefix("~/") {
        return URL(fileURLWithPath: home, isDirectory: true)
          .appendingPathComponent(String(path.dropFirst(2)), isDirectory: true)
      }
      return URL(fileURLWithPath: path, isDirectory: true)
    }
    if let path = nonEmpty(explicit) { return expanded(path).standardizedFileURL }
    if let path = nonEmpty(environment["BYLINE_STORE"]) {
      return expanded(path).standardizedFileURL
    }
    if let data = nonEmpty(environment["XDG_DATA_HOME"]), data.hasPrefix("/") {
      return URL(fileURLWithPath: data, isDirectory: true)
        .appendingPathComponent("byline", isDirectory: true).standardizedFileURL
    }
    return URL(fileURLWithPath: home, isDirectory: true)
      .appendingPathComponent(".local/share/byline", isDirectory: true).standardizedFileURL
  }

  private static func nonEmpty(_ value: String?) -> String? {
    guard let value, !value.isEmpty else { return nil }
    return value
  }
}
