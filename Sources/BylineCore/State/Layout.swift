import BylineScreen

/// Where each pane goes for a terminal size.
///
/// Wide terminals (≥ 100 columns) show the list and the reader side by side;
/// narrower ones that are tall enough stack the list above the reader; small
/// ones show only the focused pane. Below 20x5 the reader shows only a
/// "window too small" notice.
public struct Layout: Hashable, Sendable {
  /// How the panes are arranged.
  public enum Arrangement: Hashable, Sendable {
    case sideBySide
    case stacked
    case singlePane
    case tooSmall
  }

  public static let minimumWidth = 20
  public static let minimumHeight = 5
  public static let sideBySideMinimumWidth = 100
  public static let stackedMinimumHeight = 20
  /// The widest the body text gets, for comfortable reading.
  public static let maximumReadingWidth = 80

  public var arrangement: Arrangement
  public var list: Rect?
  public var reader: Rect?
  /// The line between panes (vertical when side by side, horizontal when stacked).
  public var divider: Rect?
  public var status: Rect

  public init(width: Int, height: Int, focus: Focus) {
    let status = Rect(x: 0, y: max(0, height - 1), width: width, height: height > 0 ? 1 : 0)
    self.status = status
    self.divider = nil
    guard width >= Self.minimumWidth, height >= Self.minimumHeight else {
      arrangement = .tooSmall
      list = nil
      reader = nil
      return
    }
    let body = height - 1
    if width >= Self.sideBySideMinimumWidth {
      arrangement = .sideBySide
      let listWidth = max(30, width / 3)
      list = Rect(x: 0, y: 0, width: listWidth, height: body)
      divider = Rect(x: listWidth, y: 0, width: 1, height: body)
      reader = Rect(x: listWidth + 1, y: 0, width: width - listWidth - 1, height: body)
    } else if height >= Self.stackedMinimumHeight {
      arrangement = .stacked
      let listHeight = max(3, body / 3)
      list = Rect(x: 0, y: 0, width: width, height: listHeight)
      divider = Rect(x: 0, y: listHeight, width: width, height: 1)
      reader = Rect(x: 0, y: listHeight + 1, width: width, height: body - listHeight - 1)
    } else {
      arrangement = .singlePane
      let full = Rect(x: 0, y: 0, width: width, height: body)
      list = focus == .list ? full : nil
      reader = focus == .reader ? full : nil
    }
  }

  /// Columns of body text in a reader pane of `paneWidth` columns (a margin
  /// each side, at most `maximumReadingWidth`).
  public static func textWidth(forPane paneWidth: Int) -> Int {
    let margin = paneWidth >= 40 ? 2 : (paneWidth >= 10 ? 1 : 0)
    return max(1, min(maximumReadingWidth, paneWidth - 2 * margin))
  }

  /// The left margin inside a reader pane of `paneWidth` columns.
  public static func margin(forPane paneWidth: Int) -> Int {
    paneWidth >= 40 ? 2 : (paneWidth >= 10 ? 1 : 0)
  }

  /// The reader pane's size for this terminal whichever pane has the focus.
  public static func readerPane(width: Int, height: Int) -> Rect? {
    Layout(width: width, height: height, focus: .reader).reader
  }
}
