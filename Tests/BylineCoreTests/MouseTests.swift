import BylineCore
import BylineScreen
import BylineStore
import Testing

/// Issue #6: with the mouse enabled, the wheel scrolls the pane under the
/// pointer and a click selects a list row or focuses a pane.
@Suite struct MouseTests {
  func send(_ state: inout AppState, _ button: MouseEvent.Button, row: Int, column: Int) {
    Fixtures.run(&state, update(&state, .mouse(MouseEvent(button, row: row, column: column))))
  }

  @Test("the wheel over the list moves the selection three rows and loads the article")
  func wheelInList() throws {
    var state = Fixtures.state(width: 120, height: 40)
    let list = try #require(state.layout.list)
    send(&state, .wheelDown, row: list.y + 2, column: list.x + 3)
    #expect(state.selection == 3)
    #expect(state.document?.id.rawValue == "a4")
    send(&state, .wheelUp, row: list.y + 2, column: list.x + 3)
    #expect(state.selection == 0)
  }

  @Test("a click on a list row selects it; a click on the selected row opens it")
  func clickInList() throws {
    var state = Fixtures.state(width: 120, height: 40)
    let list = try #require(state.layout.list)
    send(&state, .left, row: list.y + 2, column: list.x + 10)
    #expect(state.selectedArticle?.id.rawValue == "a3")
    #expect(state.document?.id.rawValue == "a3")
    #expect(state.focus == .list)
    #expect(state.articles[2].isRead == false)
    let effects = update(&state, .mouse(MouseEvent(.left, row: list.y + 2, column: list.x + 10)))
    #expect(effects.contains(.setRead(ArticleID("a3"), true)))
    #expect(state.focus == .reader)
    send(&state, .left, row: list.y + 20, column: list.x + 10)
    #expect(state.focus == .list, "below the last row: focuses the list")
    #expect(state.selection == 2)
  }

  @Test("the wheel over the reader scrolls it three lines; a click focuses it")
  func reader() throws {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .character("G"))  // the long article
    let reader = try #require(state.layout.reader)
    send(&state, .wheelDown, row: reader.y + 5, column: reader.x + 5)
    #expect(state.readerScroll == 3)
    #expect(state.focus == .list, "the wheel does not move the focus")
    send(&state, .wheelUp, row: reader.y + 5, column: reader.x + 5)
    #expect(state.readerScroll == 0)
    send(&state, .left, row: reader.y + 5, column: reader.x + 5)
    #expect(state.focus == .reader)
    #expect(state.selection == 3)
  }

  @Test("the wheel over the entity panel moves its selection; a click focuses it")
  func panel() throws {
    var state = Fixtures.state(width: 120, height: 40, articles: Fixtures.panelSummaries)
    Fixtures.press(&state, .character("e"), .tab)
    #expect(state.focus == .list)
    let panel = try #require(state.layout.panel)
    let first = state.selectedPanelEntity
    send(&state, .wheelDown, row: panel.y + 3, column: panel.x + 2)
    #expect(state.selectedPanelEntity != first)
    send(&state, .wheelUp, row: panel.y + 3, column: panel.x + 2)
    #expect(state.selectedPanelEntity == first)
    send(&state, .left, row: panel.y + 3, column: panel.x + 2)
    #expect(state.focus == .panel)
  }

  @Test("the mouse does nothing while the help or the delete question is shown")
  func ignoredUnderOverlays() throws {
    var state = Fixtures.state(width: 120, height: 40)
    let list = try #require(state.layout.list)
    Fixtures.press(&state, .character("?"))
    send(&state, .left, row: list.y + 3, column: list.x + 3)
    #expect(state.selection == 0)
    Fixtures.press(&state, .escape, .character("d"))
    send(&state, .left, row: list.y + 3, column: list.x + 3)
    #expect(state.selection == 0)
    #expect(state.pendingDeletion != nil)
  }
}
