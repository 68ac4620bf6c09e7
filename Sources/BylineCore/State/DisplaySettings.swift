/// How the reader lays out and writes things, from the configuration file.
///
/// Part of ``AppState`` so that views and layout stay pure functions of the state.
public struct DisplaySettings: Hashable, Sendable {
  /// The list pane's width beside the reader.
  public var listWidth: Config.ListWidth
  /// The most columns a line of article text takes.
  public var readingWidth: Int
  /// How dates are written in the list and under titles.
  public var dateFormat: DateFormat

  /// Creates settings; the defaults are Byline's.
  public init(
    listWidth: Config.ListWidth = .automatic, readingWidth: Int = Layout.maximumReadingWidth,
    dateFormat: DateFormat = .iso
  ) {
    self.listWidth = listWidth
    self.readingWidth = readingWidth
    self.dateFormat = dateFormat
  }
}
