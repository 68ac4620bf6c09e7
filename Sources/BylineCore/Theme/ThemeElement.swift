/// Every styled thing on screen, by the name a theme file uses for it.
public enum ThemeElement: String, CaseIterable, Hashable, Sendable {
  case listItem = "list-item"
  case listUnread = "list-unread"
  case listSelected = "list-selected"
  case listSelectedUnfocused = "list-selected-unfocused"
  case listDate = "list-date"
  case listSource = "list-source"
  case header = "header"
  case meta = "meta"
  case body = "body"
  case person = "person"
  case organization = "organization"
  case searchMatch = "search-match"
  case currentMatch = "current-match"
  case statusBar = "status-bar"
  case statusHint = "status-hint"
  case help = "help"
  case helpKey = "help-key"
  case helpTitle = "help-title"
  case border = "border"
  case message = "message"
  case error = "error"
  case selectedEntity = "selected-entity"

  /// What the element styles, for documentation and `byline themes`.
  public var summary: String {
    switch self {
    case .listItem: "an article row in the list"
    case .listUnread: "an unread article row (laid over list-item)"
    case .listSelected: "the selected row while the list has the focus"
    case .listSelectedUnfocused: "the selected row while the reader has the focus"
    case .listDate: "the date column of a list row"
    case .listSource: "the source column of a list row"
    case .header: "the article's title in the reader"
    case .meta: "the source · author · date line"
    case .body: "article text"
    case .person: "a highlighted person"
    case .organization: "a highlighted company or organization"
    case .searchMatch: "a search match"
    case .currentMatch: "the current search match"
    case .statusBar: "the status bar"
    case .statusHint: "the key hint at the right of the status bar"
    case .help: "help overlay text"
    case .helpKey: "key names in the help overlay"
    case .helpTitle: "headings in the help overlay"
    case .border: "pane dividers and the help frame"
    case .message: "an informational message in the status bar"
    case .error: "an error message in the status bar"
    case .selectedEntity:
      "mentions of the entity selected in the panel (laid over person/organization)"
    }
  }
}
