extension AppState {
  /// Scrolls the reader to the selected entity's first mention (`Enter` in the panel).
  ///
  /// The mention lands a few lines from the top; the focus stays in the panel.
  mutating func jumpToFirstMention() {
    guard let document, readerLayout != nil else {
      message = StatusMessage("The article is still loading.")
      return
    }
    guard let entity = selectedPanelEntity else {
      message = StatusMessage("No people or organizations in this article.")
      return
    }
    let candidates = document.mentions.indices.filter { entity.matches(document.mentions[$0]) }
    guard let first = candidates.first else { return }
    mentionCursor = first
    showMention(first, evenIfVisible: true)
    message = StatusMessage("\(entity.name): mention 1 of \(candidates.count)")
  }

  /// `]` / `[`: the next or previous mention of the panel's selected entity,
  /// or of any highlighted entity when nothing is selected.
  ///
  /// Starts from the mention last jumped to while it is on screen, otherwise
  /// from the top of the reader pane. Does not wrap: at the last (first)
  /// mention the status bar says so.
  mutating func jumpToMention(forward: Bool) {
    guard let document, let layout = readerLayout else {
      message = StatusMessage("The article is still loading.")
      return
    }
    let entity = selectedPanelEntity
    let mentions = document.mentions
    let candidates = mentions.indices.filter { index in
      if let entity { return entity.matches(mentions[index]) }
      return highlightMode == .off || highlightMode.shows(mentions[index].kind)
    }
    let subject = entity.map { "of \($0.name) " } ?? ""
    guard !candidates.isEmpty else {
      message = StatusMessage(
        mentions.isEmpty
          ? "No people or organizations in this article."
          : "Nothing highlighted to jump to: h changes what is highlighted.")
      return
    }
    let target: Int?
    if let cursor = mentionCursor, isMentionVisible(cursor) {
      target = forward ? candidates.first { $0 > cursor } : candidates.last { $0 < cursor }
    } else {
      let top = readerScroll
      let row = { (index: Int) in
        layout.row(block: mentions[index].block, offset: mentions[index].range.lowerBound)
      }
      // Mentions are in reading order, so their rows only grow: binary search.
      let below = candidates.partitioningIndex { row($0) >= top }
      if forward {
        target = below < candidates.endIndex ? candidates[below] : nil
      } else {
        target = below > candidates.startIndex ? candidates[below - 1] : nil
      }
    }
    guard let target, let position = candidates.firstIndex(of: target) else {
      message = StatusMessage(
        forward
          ? "No more mentions \(subject)below (\(candidates.count) in all)."
          : "No earlier mentions \(subject)above (\(candidates.count) in all).")
      return
    }
    mentionCursor = target
    showMention(target, evenIfVisible: false)
    let name = entity?.name ?? mentions[target].entity
    message = StatusMessage("\(name): mention \(position + 1) of \(candidates.count)")
  }

  /// The reader row where mention `index` of the open document starts.
  func row(ofMention index: Int) -> Int? {
    guard let document, let layout = readerLayout, document.mentions.indices.contains(index)
    else { return nil }
    let mention = document.mentions[index]
    return layout.row(block: mention.block, offset: mention.range.lowerBound)
  }

  /// Whether mention `index` starts on a row the reader pane shows.
  func isMentionVisible(_ index: Int) -> Bool {
    guard let row = row(ofMention: index) else { return false }
    return row >= readerScroll && row < readerScroll + readerHeight
  }

  /// Scrolls the reader so mention `index` is a few lines from the top
  /// (unless it is already visible and `evenIfVisible` is false).
  mutating func showMention(_ index: Int, evenIfVisible: Bool) {
    guard let row = row(ofMention: index) else { return }
    guard evenIfVisible || !isMentionVisible(index) else { return }
    let lead = min(3, readerHeight / 4)
    readerScroll = min(max(0, row - lead), maximumReaderScroll)
  }
}
