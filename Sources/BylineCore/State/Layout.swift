import BylineScreen

/// Where each pane goes for a terminal size.
///
/// Wide terminals (≥ 100 columns) show the list and the reader side by side;
/// narrower ones that are tall enough stack the list above the reader; small
/// ones show only the focused pane. Below 20x5 the reader shows only a
/// "window too small" notice.
///
/// While the entity panel is open it is a column at the right of the reader
/// pane (side by side, and stacked when the reader keeps at least
/// `readerMinimumWidthBesidePanel` columns); on narrower stacked screens it
/// shares the top slot with the list, and on small ones it is one more pane
/// shown when focused.
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
  /// The entity panel's width beside the reader: a quarter of the screen,
  /// within these bounds.
  public static let panelWidths = 28...34
  /// Below this many reader columns the panel does not go beside the reader.
  public static let readerMinimumWidthBesidePanel = 44
  /// The fewest reader columns a configured list width leaves beside the list.
  public static let readerMinimumWidthBesideList = 30

  public var arrangement: Arrangement
  public var list: Rect?
  public var reader: Rect?
  /// The entity panel, while it is open and shown.
  public var panel: Rect?
  /// The line between panes (vertical when side by side, horizontal when stacked).
  public var divider: Rect?
  /// The vertical line between the reader and a panel beside it.
  public var panelDivider: Rect?
  public var status: Rect

  /// - Parameters:
  ///   - isPanelOpen: whether the entity panel is open; it takes room from
  ///     the list and the reader only then.
  ///   - listWidth: the configured list width beside the reader (the reader
  ///     always keeps at least `readerMinimumWidthBesideList` columns).
  public init(
    width: Int, height: Int, focus: Focus, isPanelOpen: Bool = false,
    listWidth: Config.ListWidth = .automatic
  ) {
    let status = Rect(x: 0, y: max(0, height - 1), width: width, height: height > 0 ? 1 : 0)
    self.status = status
    self.divider = nil
    self.panel = nil
    self.panelDivider = nil
    guard width >= Self.minimumWidth, height >= Self.minimumHeight else {
      arrangement = .tooSmall
      list = nil
      reader = nil
      return
    }
    let body = height - 1
    let panelWidth = min(Self.panelWidths.upperBound, max(Self.panelWidths.lowerBound, width / 4))
    if width >= Self.sideBySideMinimumWidth {
      arrangement = .sideBySide
      // With the panel open the list gives up columns so the text stays wide.
      let rest = isPanelOpen ? width - panelWidth - 1 : width
      let automatic = isPanelOpen ? max(28, rest / 3) : max(30, width / 3)
      let configured = listWidth.columns(ofWindow: rest).map {
        max(10, min($0, rest - Self.readerMinimumWidthBesideList - 1))
      }
      let listColumns = configured ?? automatic
      list = Rect(x: 0, y: 0, width: listColumns, height: body)
      divider = Rect(x: listColumns, y: 0, width: 1, height: body)
      reader = Rect(x: listColumns + 1, y: 0, width: rest - listColumns - 1, height: body)
      if isPanelOpen {
        panelDivider = Rect(x: rest, y: 0, width: 1, height: body)
        panel = Rect(x: rest + 1, y: 0, width: panelWidth, height: body)
      }
    } else if height >= Self.stackedMinimumHeight {
      arrangement = .stacked
      let listHeight = max(3, body / 3)
      let top = Rect(x: 0, y: 0, width: width, height: listHeight)
      let bottom = Rect(x: 0, y: listHeight + 1, width: width, height: body - listHeight - 1)
      list = top
      divider = Rect(x: 0, y: listHeight, width: width, height: 1)
      reader = bottom
      if isPanelOpen {
        let readerWidth = width - panelWidth - 1
        if readerWidth >= Self.readerMinimumWidthBesidePanel {
          reader = Rect(x: 0, y: bottom.y, width: readerWidth, height: bottom.height)
          panelDivider = Rect(x: readerWidth, y: bottom.y, width: 1, height: bottom.height)
          panel = Rect(x: readerWidth + 1, y: bottom.y, width: panelWidth, height: bottom.height)
        } else {
          // Too narrow to share a row: the panel takes the list's slot
          // unless the list has the focus.
          list = focus == .list ? top : nil
          panel = focus == .list ? nil : top
        }
      }
    } else {
      arrangement = .singlePane
      let full = Rect(x: 0, y: 0, width: width, height: body)
      list = focus == .list ? full : nil
      reader = focus == .reader ? full : nil
      panel = focus == .panel && isPanelOpen ? full : nil
    }
  }

  /// Columns of body text in a reader pane of `paneWidth` columns (a margin
  /// each side, at most `maximum`: the configured reading width).
  public static func textWidth(
    forPane paneWidth: Int, maximum: Int = maximumReadingWidth
  ) -> Int {
    let margin = paneWidth >= 40 ? 2 : (paneWidth >= 10 ? 1 : 0)
    return max(1, min(maximum, paneWidth - 2 * margin))
  }

  /// The left margin inside a reader pane of `paneWidth` columns.
  public static func margin(forPane paneWidth: Int) -> Int {
    paneWidth >= 40 ? 2 : (paneWidth >= 10 ? 1 : 0)
  }

  /// The reader pane's size for this terminal whichever pane has the focus.
  public static func readerPane(
    width: Int, height: Int, isPanelOpen: Bool = false, listWidth: Config.ListWidth = .automatic
  ) -> Rect? {
    Layout(
      width: width, height: height, focus: .reader, isPanelOpen: isPanelOpen,
      listWidth: listWidth
    ).reader
  }

  /// The entity panel's size for this terminal whichever pane has the focus.
  public static func panelPane(
    width: Int, height: Int, listWidth: Config.ListWidth = .automatic
  ) -> Rect? {
    Layout(width: width, height: height, focus: .panel, isPanelOpen: true, listWidth: listWidth)
      .panel
  }
}
