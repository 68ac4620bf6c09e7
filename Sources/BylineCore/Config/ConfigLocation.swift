/// Where the configuration file is: `$XDG_CONFIG_HOME/byline/config.toml`,
/// else `~/.config/byline/config.toml`.
public enum ConfigLocation {
  /// The configuration file's path for `environment`, or nil when neither
  /// `XDG_CONFIG_HOME` (absolute) nor `HOME` is set.
  ///
  /// A relative `XDG_CONFIG_HOME` is ignored, as the XDG spec requires.
  public static func path(environment: [String: String]) -> String? {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      return xdg + "/byline/config.toml"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.config/byline/config.toml"
  }
}
