import BylineScreen
import Testing

@Suite struct ScreenDiffTests {
  @Test("the diff of identical screens is empty")
  func diffOfIdenticalScreensIsEmpty() {
    let screen = Screen(lines: ["hello", "世界"])
    #expect(screen.changes(from: screen).isEmpty)
  }

  @Test("only changed cells are reported, in row-major order")
  func changedCells() {
    let old = Screen(lines: ["abc", "def"])
    var new = old
    new.write("X", x: 2, y: 0, style: .plain)
    new.write("Y", x: 0, y: 1, style: .plain)
    #expect(
      new.changes(from: old) == [
        CellChange(x: 2, y: 0, cell: Cell("X")), CellChange(x: 0, y: 1, cell: Cell("Y")),
      ])
  }

  @Test("a style change is a change")
  func styleChange() {
    let old = Screen(lines: ["ab"])
    var new = old
    new[1, 0].style = Style(attributes: .bold)
    #expect(new.changes(from: old).map(\.x) == [1])
  }

  @Test("a wide character is reported once, at its left cell")
  func wideCharacterReportedOnce() {
    let old = Screen(width: 4, height: 1)
    var new = old
    new.write("世a", x: 0, y: 0, style: .plain)
    #expect(new.changes(from: old).map(\.x) == [0, 2])
  }

  @Test("replacing a wide character by narrow ones redraws both cells")
  func wideToNarrow() {
    let old = Screen(lines: ["世ab"])
    var new = old
    new.write("x", x: 0, y: 0, style: .plain)
    #expect(new.changes(from: old).map(\.x) == [0, 1])
    #expect(new.changes(from: old).map(\.cell.content) == ["x", " "])
  }

  @Test("narrow to wide: the wide character's lead is drawn, its continuation not")
  func narrowToWide() {
    let old = Screen(lines: ["abcd"])
    var new = old
    new.write("世", x: 1, y: 0, style: .plain)
    #expect(new.changes(from: old) == [CellChange(x: 1, y: 0, cell: Cell("世"))])
  }

  @Test("a changed continuation alone still redraws its wide character")
  func continuationOnlyChange() {
    let old = Screen(lines: ["世"])
    var new = old
    new[1, 0].style = Style(attributes: .underline)
    #expect(new.changes(from: old).map(\.x) == [0])
  }

  @Test("an orphan continuation cell is sent as a blank")
  func orphanContinuation() {
    let old = Screen(lines: ["ab"])
    var new = old
    new[1, 0] = Cell("")
    #expect(new.changes(from: old) == [CellChange(x: 1, y: 0, cell: .blank())])
  }

  @Test("a size change redraws every cell")
  func sizeChange() {
    let old = Screen(lines: ["ab"])
    let new = Screen(lines: ["ab", "c世"])
    #expect(new.changes(from: old).count == 5)
  }
}
