import BylineScreen

extension KeyMap {
  /// Byline's default keys: vim and less habits, plus the arrow keys.
  public static let standard = KeyMap(bindings: [
    KeyBinding(.nextArticle, [.character("j"), .down], .list, "next article"),
    KeyBinding(.previousArticle, [.character("k"), .up], .list, "previous article"),
    KeyBinding(
      .openArticle, [.enter, .character("l"), .right], .list, "read the article (marks it read)"),
    KeyBinding(.scrollDown, [.character("j"), .down], .reader, "scroll down a line"),
    KeyBinding(.scrollUp, [.character("k"), .up], .reader, "scroll up a line"),
    KeyBinding(.pageDown, [.pageDown, .control("f")], .list, "page down"),
    KeyBinding(.pageUp, [.pageUp, .control("b")], .list, "page up"),
    KeyBinding(
      .pageDown, [.character(" "), .pageDown, .control("f")], .reader, "page down"),
    KeyBinding(.pageUp, [.character("b"), .pageUp, .control("b")], .reader, "page up"),
    KeyBinding(.halfPageDown, [.control("d")], .reader, "half a page down"),
    KeyBinding(.halfPageUp, [.control("u")], .reader, "half a page up"),
    KeyBinding(
      .first, [.character("g"), .home], .everywhere, "first article / top / first entity"
    ),
    KeyBinding(
      .last, [.character("G"), .end], .everywhere, "last article / end / last entity"),
    KeyBinding(.nextArticleInReader, [.character("J")], .reader, "next article"),
    KeyBinding(.previousArticleInReader, [.character("K")], .reader, "previous article"),
    KeyBinding(.backToList, [.escape, .character("q"), .left], .reader, "back to the list"),
    KeyBinding(.search, [.character("/")], .reader, "search in the article"),
    KeyBinding(.nextMatch, [.character("n")], .reader, "next match"),
    KeyBinding(.previousMatch, [.character("N")], .reader, "previous match"),
    KeyBinding(
      .nextMention, [.character("]")], .reader, "next mention (panel's entity, or any)"),
    KeyBinding(.previousMention, [.character("[")], .reader, "previous mention"),
    KeyBinding(.nextEntity, [.character("j"), .down], .panel, "next person or organization"),
    KeyBinding(.previousEntity, [.character("k"), .up], .panel, "previous person or organization"),
    KeyBinding(.pageDown, [.pageDown, .control("f")], .panel, "page down"),
    KeyBinding(.pageUp, [.pageUp, .control("b")], .panel, "page up"),
    KeyBinding(.firstMention, [.enter], .panel, "scroll the text to its first mention"),
    KeyBinding(.nextMention, [.character("]")], .panel, "its next mention in the text"),
    KeyBinding(.previousMention, [.character("[")], .panel, "its previous mention in the text"),
    KeyBinding(.nextArticleInReader, [.character("J")], .panel, "next article"),
    KeyBinding(.previousArticleInReader, [.character("K")], .panel, "previous article"),
    KeyBinding(.closePanel, [.escape, .character("q")], .panel, "close the panel"),
    KeyBinding(
      .filterByEntity, [.character("f")], .panel, "list every article that mentions it"),
    KeyBinding(.markNotEntity, [.character("x")], .panel, "correct: not a person or organization"),
    KeyBinding(
      .changeEntityKind, [.character("t")], .panel, "correct: person ↔ organization"),
    KeyBinding(.addEntity, [.character("a")], .panel, "add a name the recognizer missed"),
    KeyBinding(.searchStore, [.character("/")], .list, "search all articles"),
    KeyBinding(.cycleSort, [.character("S")], .list, "sort: date → title → source"),
    KeyBinding(.reverseSort, [.character("r")], .list, "reverse the order"),
    KeyBinding(.cycleView, [.character("v")], .list, "show: all → unread only → starred only"),
    KeyBinding(.markAllRead, [.character("A")], .list, "mark every article in the list read"),
    KeyBinding(.nextEntity, [.character("j"), .down], .directory, "next entity"),
    KeyBinding(.previousEntity, [.character("k"), .up], .directory, "previous entity"),
    KeyBinding(.pageDown, [.pageDown, .control("f"), .character(" ")], .directory, "page down"),
    KeyBinding(.pageUp, [.pageUp, .control("b")], .directory, "page up"),
    KeyBinding(.first, [.character("g"), .home], .directory, "first entity"),
    KeyBinding(.last, [.character("G"), .end], .directory, "last entity"),
    KeyBinding(
      .filterByEntity, [.enter, .character("f")], .directory,
      "list every article that mentions it"),
    KeyBinding(.sortDirectory, [.character("s")], .directory, "sort by articles ↔ by name"),
    KeyBinding(.filterDirectory, [.character("/")], .directory, "find entities by name"),
    KeyBinding(
      .closeDirectory, [.escape, .character("q"), .character("E")], .directory, "close"),
    KeyBinding(.switchFocus, [.tab], .everywhere, "next pane: list → reader → panel"),
    KeyBinding(.switchFocusBack, [.backTab], .everywhere, "previous pane"),
    KeyBinding(
      .toggleEntityPanel, [.character("e")], .everywhere,
      "entity panel: people & organizations"),
    KeyBinding(
      .openDirectory, [.character("E")], .everywhere,
      "every person & organization in the store"),
    KeyBinding(
      .cycleHighlight, [.character("h")], .everywhere,
      "highlight: people+orgs → people → orgs → off"),
    KeyBinding(.toggleRead, [.character("u")], .everywhere, "toggle read/unread"),
    KeyBinding(.toggleStar, [.character("s")], .everywhere, "toggle star"),
    KeyBinding(.nextUnread, [.character(".")], .everywhere, "next unread article"),
    KeyBinding(.openLink, [.character("o")], .everywhere, "open the article's link"),
    KeyBinding(.copyLink, [.character("y")], .everywhere, "copy the article's link"),
    KeyBinding(.deleteArticle, [.character("d")], .everywhere, "delete the article (asks y/n)"),
    KeyBinding(.help, [.character("?")], .everywhere, "this help"),
    KeyBinding(.quit, [.character("q")], .list, "quit"),
    KeyBinding(.quitNow, [.character("Q"), .control("c")], .everywhere, "quit from anywhere"),
    KeyBinding(.reload, [.character("R")], .everywhere, "reload the list (new articles)"),
    KeyBinding(.redraw, [.control("l")], .everywhere, "redraw the screen"),
    KeyBinding(.suspend, [.control("z")], .everywhere, "suspend to the shell"),
  ])
}
