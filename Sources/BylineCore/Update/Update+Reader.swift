extension AppState {
  mutating func scrollReader(by rows: Int) {
    readerScroll = min(max(0, readerScroll + rows), maximumReaderScroll)
  }

  /// Re-wraps the open article for the current reader width.
  ///
  /// With `keepingPlace`, the text at the top of the pane stays at the top.
  mutating func relayoutReader(keepingPlace: Bool) {
    guard let document else {
      readerLayout = nil
      return
    }
    let width = readerTextWidth
    if let current = readerLayout, current.width == width { return }
    let anchor = keepingPlace ? readerLayout?.anchor(atRow: readerScroll) : nil
    let layout = ReaderLayout(document: document, width: width)
    readerLayout = layout
    if let anchor {
      readerScroll = layout.row(block: anchor.block, offset: anchor.offset)
    }
    readerScroll = min(max(0, readerScroll), maximumReaderScroll)
  }

  /// Applies a new terminal size: re-wraps the reader and keeps the list
  /// selection and the reading position in view.
  mutating func resize(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    relayoutReader(keepingPlace: true)
    keepSelectionVisible()
    keepPanelSelectionVisible()
  }

  /// Scrolls so row `row` is visible, a little below the top.
  mutating func reveal(row: Int) {
    let height = readerHeight
    if row < readerScroll || row >= readerScroll + height {
      readerScroll = max(0, row - max(0, height / 3))
    }
    readerScroll = min(readerScroll, maximumReaderScroll)
  }
}
