import BylineScreen
import BylineStore

/// Everything the reader shows, as a value.
///
/// `update` changes it; views draw it.
public struct AppState: Hashable, Sendable {
  public var width: Int
  public var height: Int
  /// The articles the list shows: ``allArticles`` in ``listOrder``, narrowed
  /// by ``listFilter`` and ``listView``.
  public var articles: [ArticleSummary] {
    didSet { unreadCount = articles.reduce(0) { $0 + ($1.isRead ? 0 : 1) } }
  }
  /// Every article in the store, in the store's order (newest first), with
  /// the read and star changes made in the reader.
  public var allArticles: [ArticleSummary]
  /// The list's order (`S`, `r`).
  public var listOrder: ListOrder
  /// All, unread only or starred only (`v`).
  public var listView: ListView
  /// Whether opening an article (Enter, `J`, `K`) marks it read.
  public var marksReadOnOpen: Bool
  /// The article `d` asked about, while the status bar waits for y/n.
  public var pendingDeletion: ArticleSummary?
  /// List width, reading width and date format.
  public var display: DisplaySettings
  public private(set) var unreadCount: Int
  /// Index of the selected article in `articles`.
  public var selection: Int
  /// Index of the first article row visible in the list pane.
  public var listOffset: Int
  public var focus: Focus
  /// The selected article, ready to read; nil while it loads.
  ///
  /// Setting it rebuilds an open entity panel for the new article and
  /// forgets the mention `]` / `[` last jumped to when the article changes.
  public var document: ReaderDocument? {
    didSet {
      if document?.id != oldValue?.id { mentionCursor = nil }
      if entityPanel != nil {
        entityPanel?.rebuild(for: document)
        keepPanelSelectionVisible()
      }
    }
  }
  /// `document` wrapped to the reader pane's text width.
  public var readerLayout: ReaderLayout?
  /// First visible row of `readerLayout`.
  public var readerScroll: Int
  public var highlightMode: HighlightMode
  public var search: SearchState?
  /// The entity panel, while it is open.
  public var entityPanel: EntityPanelState?
  /// Where the focus goes back to when the panel closes.
  public var focusBeforePanel: Focus
  /// Index into `document.mentions` of the mention `Enter`, `]` or `[` last
  /// jumped to: the reading position the next jump starts from.
  public var mentionCursor: Int?
  public var isHelpVisible: Bool
  public var helpScroll: Int
  public var message: StatusMessage?
  public var keyMap: KeyMap
  /// The list narrowed to an entity or a store-wide search; nil shows every article.
  public var listFilter: ListFilter?
  /// Every person and organization in the store, most articles first (from the run loop).
  public var storeEntities: [EntityCatalog.Entity]
  /// Articles whose people and organizations are still being found.
  public var unanalyzedArticles: Int
  /// The `E` view, while open.
  public var entityDirectory: EntityDirectory?
  /// The `a` prompt (add a name the recognizer missed), while open.
  public var entityPrompt: EntityPrompt?
  /// Where the store is, for the empty-store screen.
  public var storeDescription: String
  public var isQuitting: Bool

  public init(
    articles: [ArticleSummary], width: Int, height: Int,
    keyMap: KeyMap = .standard, highlightMode: HighlightMode = .all,
    storeDescription: String = ""
  ) {
    self.width = width
    self.height = height
    self.articles = articles
    self.allArticles = articles
    self.listOrder = .standard
    self.listView = .all
    self.marksReadOnOpen = true
    self.pendingDeletion = nil
    self.display = DisplaySettings()
    self.unreadCount = articles.reduce(0) { $0 + ($1.isRead ? 0 : 1) }
    self.selection = 0
    self.listOffset = 0
    self.focus = .list
    self.document = nil
    self.readerLayout = nil
    self.readerScroll = 0
    self.highlightMode = highlightMode
    self.search = nil
    self.entityPanel = nil
    self.focusBeforePanel = .list
    self.mentionCursor = nil
    self.isHelpVisible = false
    self.helpScroll = 0
    self.message = nil
    self.keyMap = keyMap
    self.listFilter = nil
    self.storeEntities = []
    self.unanalyzedArticles = 0
    self.entityDirectory = nil
    self.entityPrompt = nil
    self.storeDescription = storeDescription
    self.isQuitting = false
  }

  /// The selected article's summary, if the list is not empty.
  public var selectedArticle: ArticleSummary? {
    articles.indices.contains(selection) ? articles[selection] : nil
  }

  /// Whether the entity panel is open.
  public var isPanelOpen: Bool { entityPanel != nil }

  /// The entity selected in the open panel, nil when the panel is closed.
  ///
  /// `]` / `[` follow it and the reader marks its mentions more strongly.
  public var selectedPanelEntity: PanelEntity? { entityPanel?.selectedEntity }

  /// The pane arrangement for the current size and focus.
  public var layout: Layout {
    Layout(
      width: width, height: height, focus: focus, isPanelOpen: isPanelOpen,
      listWidth: display.listWidth)
  }

  /// Rows in the list pane (at least 1).
  var listHeight: Int {
    let layout = Layout(
      width: width, height: height, focus: .list, isPanelOpen: isPanelOpen,
      listWidth: display.listWidth)
    return max(1, layout.list?.height ?? 1)
  }

  /// Rows in the reader pane (at least 1).
  var readerHeight: Int {
    let pane = Layout.readerPane(
      width: width, height: height, isPanelOpen: isPanelOpen, listWidth: display.listWidth)
    return max(1, pane?.height ?? 1)
  }

  /// Rows in the entity panel (at least 1).
  var panelHeight: Int {
    max(
      1,
      Layout.panelPane(width: width, height: height, listWidth: display.listWidth)?.height ?? 1)
  }

  /// Columns of text in the reader pane.
  var readerTextWidth: Int {
    let pane = Layout.readerPane(
      width: width, height: height, isPanelOpen: isPanelOpen, listWidth: display.listWidth)
    return Layout.textWidth(forPane: pane?.width ?? width, maximum: display.readingWidth)
  }

  /// The last row the reader can scroll to.
  var maximumReaderScroll: Int {
    max(0, (readerLayout?.lines.count ?? 0) - readerHeight)
  }
}
