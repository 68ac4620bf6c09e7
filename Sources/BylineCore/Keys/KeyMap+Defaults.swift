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
    KeyBinding(.first, [.character("g"), .home], .everywhere, "first article / top of article"),
    KeyBinding(.last, [.character("G"), .end], .everywhere, "last article / end of article"),
    KeyBinding(.nextArticleInReader, [.character("J")], .reader, "next article"),
    KeyBinding(.previousArticleInReader, [.character("K")], .reader, "previous article"),
    KeyBinding(.backToList, [.escape, .character("q"), .left], .reader, "back to the list"),
    KeyBinding(.search, [.character("/")], .reader, "search in the article"),
    KeyBinding(.nextMatch, [.character("n")], .reader, "next match"),
    KeyBinding(.previousMatch, [.character("N")], .reader, "previous match"),
    KeyBinding(.switchFocus, [.tab, .backTab], .everywhere, "switch pane"),
    KeyBinding(
      .cycleHighlight, [.character("h")], .everywhere,
      "highlight: people+orgs → people → orgs → off"),
    KeyBinding(.toggleRead, [.character("u")], .everywhere, "toggle read/unread"),
    KeyBinding(.toggleStar, [.character("s")], .everywhere, "toggle star"),
    KeyBinding(.help, [.character("?")], .everywhere, "this help"),
    KeyBinding(.quit, [.character("q")], .list, "quit"),
    KeyBinding(.quitNow, [.character("Q"), .control("c")], .everywhere, "quit from anywhere"),
    KeyBinding(.reload, [.character("R")], .everywhere, "reload the list (new articles)"),
    KeyBinding(.redraw, [.control("l")], .everywhere, "redraw the screen"),
    KeyBinding(.suspend, [.control("z")], .everywhere, "suspend to the shell"),
  ])
}
