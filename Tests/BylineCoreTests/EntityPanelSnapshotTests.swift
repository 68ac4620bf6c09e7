import BylineCore
import BylineScreen
import BylineTestSupport
import Testing

/// The entity panel on screen at the three sizes (letters as in
/// `SnapshotTests`, plus `@` for mentions of the entity selected in the panel).
@Suite struct EntityPanelSnapshotTests {
  func check(_ state: AppState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    assertSnapshot(Fixtures.snapshot(state), named: name, sourceLocation: sourceLocation)
  }

  @Test("120x40: the panel at the right of the reader, Maria Lopez selected and marked")
  func panel120x40() {
    var state = Fixtures.state(width: 120, height: 40, articles: Fixtures.panelSummaries)
    Fixtures.press(&state, .character("e"), .character("j"))
    check(state, "panel_120x40")
  }

  @Test("80x24: the panel beside the reader under the list, after Enter on United Nations")
  func panel80x24() {
    var state = Fixtures.state(width: 80, height: 24, articles: Fixtures.panelSummaries)
    Fixtures.press(&state, .enter, .character("e"), .character("G"), .enter)
    check(state, "panel_80x24")
  }

  @Test("40x12: the panel fills the only pane")
  func panel40x12() {
    var state = Fixtures.state(width: 40, height: 12, articles: Fixtures.panelSummaries)
    Fixtures.press(&state, .character("e"), .character("j"), .character("j"))
    check(state, "panel_40x12")
  }

  @Test("40x12: Tab to the reader shows the text with the selected entity marked")
  func panelReader40x12() {
    var state = Fixtures.state(width: 40, height: 12, articles: Fixtures.panelSummaries)
    Fixtures.press(&state, .character("e"), .character("j"), .tab, .tab)
    check(state, "panel_reader_40x12")
  }

  @Test("120x40: an article without people says so in its group")
  func emptyGroup120x40() {
    var state = Fixtures.state(width: 120, height: 40)
    Fixtures.press(&state, .character("j"), .character("e"))
    check(state, "panel_noPeople_120x40")
  }
}
