import BylineScreen

/// The user's settings from `config.toml`, each with its default.
///
/// A value type with no I/O: `ConfigParser` builds it from the file's text and
/// the run loop applies it. Every option a file leaves out, or gets wrong,
/// keeps the default shown here (and in the README's "Configuration" section).
public struct Config: Hashable, Sendable {
  /// How wide the article list is when it sits beside the reader.
  public enum ListWidth: Hashable, Sendable {
    /// A third of the window (the layout's own choice).
    case automatic
    /// A fixed number of columns.
    case columns(Int)
    /// A share of the window's width, in percent.
    case percent(Int)

    /// The list's width in a window `total` columns wide, or nil for the layout's choice.
    public func columns(ofWindow total: Int) -> Int? {
      switch self {
      case .automatic: nil
      case .columns(let n): min(n, total)
      case .percent(let p): total * p / 100
      }
    }
  }

  /// The order of the article list.
  public enum SortKey: String, CaseIterable, Hashable, Sendable {
    /// Newest first.
    case date
    /// Alphabetical by title.
    case title
    /// Alphabetical by source, then newest first.
    case source
  }

  /// `theme`: a theme name or path; nil means `default` (or `monochrome` under `NO_COLOR`).
  public var theme: String?
  /// `store`: the store directory, with `~` expanded.
  ///
  /// Used when neither `--store` nor `$BYLINE_STORE` is given; nil means
  /// `$XDG_DATA_HOME/byline`.
  public var store: String?
  /// `highlight`: the highlight mode the reader starts in (default `all`).
  public var highlight: HighlightMode
  /// `list-width`: the list pane's width (default automatic, a third).
  public var listWidth: ListWidth
  /// `reading-width`: the most columns a line of article text takes (default 80).
  public var readingWidth: Int
  /// `date-format`: how dates are shown (default `iso`, `2019-04-08`).
  public var dateFormat: DateFormat
  /// `sort`: the list's order (default `date`).
  public var sort: SortKey
  /// `sort-reversed`: reverse the list's order (default false).
  public var sortReversed: Bool
  /// `mark-read-on-open`: opening an article marks it read (default true).
  public var markReadOnOpen: Bool
  /// `mouse`: wheel and clicks (default false, so the terminal's own text
  /// selection keeps working).
  public var mouse: Bool
  /// `[keys]`: actions the file gives new keys, in file order.
  public var keys: [KeyRemap]

  /// The defaults: what Byline does with no configuration file.
  public static let defaults = Config()

  /// Creates a configuration; every parameter defaults to Byline's default.
  public init(
    theme: String? = nil, store: String? = nil, highlight: HighlightMode = .all,
    listWidth: ListWidth = .automatic, readingWidth: Int = 80, dateFormat: DateFormat = .iso,
    sort: SortKey = .date, sortReversed: Bool = false, markReadOnOpen: Bool = true,
    mouse: Bool = false, keys: [KeyRemap] = []
  ) {
    self.theme = theme
    self.store = store
    self.highlight = highlight
    self.listWidth = listWidth
    self.readingWidth = readingWidth
    self.dateFormat = dateFormat
    self.sort = sort
    self.sortReversed = sortReversed
    self.markReadOnOpen = markReadOnOpen
    self.mouse = mouse
    self.keys = keys
  }
}

/// One `[keys]` entry: an action and exactly the keys it should have.
public struct KeyRemap: Hashable, Sendable {
  /// The action being given new keys.
  public var action: Action
  /// The keys, in the order written; empty unbinds the action.
  public var keys: [Key]
  /// The entry's 1-based line in the file, for messages.
  public var line: Int?

  /// Creates a remap of `action` to `keys`.
  public init(action: Action, keys: [Key], line: Int? = nil) {
    self.action = action
    self.keys = keys
    self.line = line
  }
}
