import BylineCore
import BylineScreen
import BylineStore
import BylineTestSupport
import Testing

/// Whole-screen snapshots of the reader at the sizes users have.
///
/// Style letters: `.` plain text, `u` unread row, `d` date, `c` source,
/// `s` selected row (focused list), `S` selected row (list not focused),
/// `H` title, `m` byline line, `p` person, `o` organization, `/` match,
/// `*` current match, `b` status bar, `?` help hint, `|` divider,
/// `h`/`k`/`T` help overlay, `E` error, `M` message, `@` the entity selected
/// in the panel.
@Suite struct SnapshotTests {
  func check(_ state: AppState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    assertSnapshot(Fixtures.snapshot(state), named: name, sourceLocation: sourceLocation)
  }

  @Test("120x40: the list and the first article, highlights on")
  func list120x40() {
    check(Fixtures.state(width: 120, height: 40), "list_120x40")
  }

  @Test("120x40: reading, highlights off")
  func readerHighlightsOff120x40() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .enter, .character("h"), .character("h"), .character("h"))
    check(state, "reader_highlightsOff_120x40")
  }

  @Test("120x40: people only")
  func readerPeopleOnly120x40() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .enter, .character("h"))
    check(state, "reader_peopleOnly_120x40")
  }

  @Test("80x24: stacked panes, reading")
  func reader80x24() {
    var state = Fixtures.state(width: 80, height: 24)
    Fixtures.press(&state, .enter)
    check(state, "reader_80x24")
  }

  @Test("80x24: search matches highlighted, current one distinct")
  func search80x24() {
    var state = Fixtures.state(width: 80, height: 24)
    Fixtures.press(&state, .enter, .character("/"))
    for c in "huawei" { Fixtures.press(&state, .character(c)) }
    Fixtures.press(&state, .enter, .character("n"))
    check(state, "search_80x24")
  }

  @Test("40x12: one pane at a time — list")
  func list40x12() {
    check(Fixtures.state(width: 40, height: 12), "list_40x12")
  }

  @Test("40x12: one pane at a time — reader with wide characters")
  func reader40x12() {
    var state = Fixtures.state(width: 40, height: 12)
    Fixtures.press(&state, .character("j"), .character("j"), .enter)
    check(state, "reader_wide_40x12")
  }

  @Test("120x40 and 40x12: help overlay generated from the key table")
  func help() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .character("?"))
    check(state, "help_120x40")
    var small = Fixtures.state(width: 40, height: 12)
    Fixtures.press(&small, .character("?"))
    check(small, "help_40x12")
  }

  @Test("Empty store: a friendly screen explaining import and --demo")
  func emptyStore() {
    check(Fixtures.state(width: 120, height: 40, articles: []), "empty_120x40")
    check(Fixtures.state(width: 80, height: 24, articles: []), "empty_80x24")
  }

  @Test("Tiny windows say they are too small and never crash")
  func tiny() {
    check(Fixtures.state(width: 19, height: 4), "tiny_19x4")
    for width in 0...6 {
      for height in 0...6 {
        var state = Fixtures.state(width: width, height: height)
        Fixtures.press(&state, .enter, .character("j"), .character("?"), .character("x"))
        _ = Renderer.render(state, theme: Fixtures.theme)
      }
    }
  }

  @Test("Hostile text never leaves a control character on screen")
  func hostileText() {
    let evil = "\u{1B}[2J\u{1B}]0;PWNED\u{07}Title\u{9B}31m \u{202E}evil"
    let articles = [ArticleSummary(id: ArticleID("e"), title: evil, source: evil, author: evil)]
    var state = AppState(articles: articles, width: 100, height: 20)
    let body = "Body \u{1B}]8;;https://evil.example\u{07}link\u{1B}]8;;\u{07} and \u{1B}]8;;x"
    let document = ReaderDocument(
      article: Article(summary: articles[0], body: body), recognizer: nil)
    _ = update(&state, .articleLoaded(document))
    let screen = Renderer.render(state, theme: Fixtures.theme)
    for cell in screen.cells {
      for scalar in cell.content.unicodeScalars {
        #expect(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value))
        #expect(!(0x202A...0x202E).contains(scalar.value))
      }
    }
    #expect(!screen.lines.joined().contains("PWNED\u{07}"))
  }
}
