import BylineScreen
import BylineStore

extension AppState {
  /// `.`: the next unread article after the selection, wrapping to the top.
  mutating func selectNextUnread() -> [Effect] {
    guard !articles.isEmpty else { return [] }
    let count = articles.count
    for step in 1...count {
      let index = (selection + step) % count
      if !articles[index].isRead && index != selection {
        let wrapped = index < selection
        let effects = select(index)
        if wrapped { message = StatusMessage("Wrapped to the top of the list.") }
        return effects
      }
    }
    message = StatusMessage(
      selectedArticle?.isRead == false
        ? "No other unread articles in this list." : "No unread articles in this list.")
    return []
  }

  /// `A`: marks every article in the list (as filtered and viewed) read, in one write.
  mutating func markAllRead() -> [Effect] {
    let ids = articles.filter { !$0.isRead }.map(\.id)
    guard !ids.isEmpty else {
      message = StatusMessage("Every article in this list is already read.")
      return []
    }
    let marked = Set(ids)
    for index in articles.indices where marked.contains(articles[index].id) {
      articles[index].isRead = true
    }
    for index in allArticles.indices where marked.contains(allArticles[index].id) {
      allArticles[index].isRead = true
    }
    message = StatusMessage("Marked \(ids.count) article\(ids.count == 1 ? "" : "s") read.")
    return [.setReadMany(ids, true)]
  }

  /// `d`: asks in the status bar whether to delete the selected article.
  mutating func askToDelete() {
    guard let article = selectedArticle else { return }
    pendingDeletion = article
    let title = TextFit.truncate(Sanitizer.singleLine(article.title), width: 50)
    message = StatusMessage("Delete “\(title)”? y/n")
  }

  /// The answer to ``askToDelete()``: `y` deletes, any other key keeps the article.
  mutating func answerDeletion(_ key: Key) -> [Effect] {
    guard let article = pendingDeletion else { return [] }
    pendingDeletion = nil
    guard key == .character("y") || key == .character("Y") else {
      message = StatusMessage("Not deleted.")
      return []
    }
    removeArticle(article.id)
    message = StatusMessage(
      "Deleted (moved to the store's trash): byline restore \(article.id.rawValue)")
    return [.deleteArticle(article.id)] + loadSelectedIfNeeded()
  }

  /// Takes `id` out of the list at once; the next article takes its place.
  mutating func removeArticle(_ id: ArticleID) {
    allArticles.removeAll { $0.id == id }
    guard let index = articles.firstIndex(where: { $0.id == id }) else { return }
    articles.remove(at: index)
    if index < selection { selection -= 1 }
    selection = min(selection, max(0, articles.count - 1))
    if articles.isEmpty {
      closeEntityPanel()
      setFocus(.list)
    }
    forgetDocumentIfNotSelected()
    if document?.id == id {
      document = nil
      readerLayout = nil
    }
    keepSelectionVisible()
  }

  /// `o` and `y`: the selected article's link, checked, as an effect; a message otherwise.
  mutating func useLink(copying: Bool) -> [Effect] {
    guard let article = selectedArticle else { return [] }
    // The reader's list has no links (they stay on disk); the open article has its own.
    let loaded = document?.id == article.id ? document : nil
    guard let url = loaded?.url ?? article.url, !url.isEmpty else {
      let text =
        loaded == nil && article.url == nil
        ? "The article is not loaded yet, so its link is unknown; try again in a moment."
        : "This article has no link."
      message = StatusMessage(text, kind: .error)
      return []
    }
    switch LinkSafety.check(url) {
    case .failure(let refusal):
      let text = copying ? "Link not copied. \(refusal)" : refusal.description
      message = StatusMessage(text, kind: .error)
      return []
    case .success(let checked):
      if copying {
        message = StatusMessage("Copied (if the terminal allows OSC 52): \(checked)")
        return [.copyLink(checked)]
      }
      message = StatusMessage("Opening \(checked)")
      return [.openLink(checked)]
    }
  }
}
