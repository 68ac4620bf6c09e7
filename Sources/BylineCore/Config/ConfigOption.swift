/// One documented configuration option: its name, default and meaning.
///
/// The man page (`byline manual`) and the README's table are written from
/// ``all``, so the documentation lists exactly what ``ConfigParser`` reads.
public struct ConfigOption: Hashable, Sendable {
  /// The key in `config.toml`.
  public var name: String
  /// The default, as it would be written in the file.
  public var defaultValue: String
  /// What it does and which values it takes.
  public var summary: String

  /// Every option, in the order of ``ConfigParser/optionNames``.
  public static let all: [ConfigOption] = [
    ConfigOption(
      name: "theme", defaultValue: "\"default\"",
      summary: "Theme name (see `byline themes`) or path; `--theme` overrides it. "
        + "Under NO_COLOR the default is \"monochrome\"."),
    ConfigOption(
      name: "store", defaultValue: "$XDG_DATA_HOME/byline",
      summary: "Store directory, used when neither `--store` nor $BYLINE_STORE is given; "
        + "`~` is your home directory."),
    ConfigOption(
      name: "highlight", defaultValue: "\"all\"",
      summary: "Highlights at start: \"all\", \"people\", \"organizations\" or \"off\"."),
    ConfigOption(
      name: "list-width", defaultValue: "\"auto\"",
      summary: "Article list width beside the reader: columns (10 to 200), a percentage "
        + "(\"10%\" to \"90%\"), or \"auto\" (a third of the window)."),
    ConfigOption(
      name: "reading-width", defaultValue: "80",
      summary: "Most columns a line of article text takes (20 to 500)."),
    ConfigOption(
      name: "date-format", defaultValue: "\"iso\"",
      summary: "Dates: \"iso\" (2019-04-08), \"european\" (08.04.2019), \"us\" (04/08/2019) "
        + "or \"long\" (8 Apr 2019); always UTC."),
    ConfigOption(
      name: "sort", defaultValue: "\"date\"",
      summary: "List order: \"date\" (newest first), \"title\" or \"source\"."),
    ConfigOption(
      name: "sort-reversed", defaultValue: "false", summary: "Reverse the list order."),
    ConfigOption(
      name: "mark-read-on-open", defaultValue: "true",
      summary: "Opening an article (Enter) marks it read."),
    ConfigOption(
      name: "mouse", defaultValue: "false",
      summary: "Mouse wheel scrolls the pane under the pointer; a click selects or focuses. "
        + "Off by default so the terminal's own text selection keeps working."),
  ]
}
