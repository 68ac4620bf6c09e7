import BylineScreen
import Testing

@Suite struct ScreenTests {
  private let bold = Style(attributes: .bold)

  @Test("writing past the right edge is clipped")
  func writingPastRightEdgeIsClipped() {
    var screen = Screen(width: 5, height: 1)
    #expect(screen.write("Hello, world", x: 2, y: 0, style: .plain) == 3)
    #expect(screen.lines == ["  Hel"])
  }

  @Test("maxWidth clips before the screen edge")
  func maxWidthClips() {
    var screen = Screen(width: 8, height: 1)
    #expect(screen.write("abcdef", x: 1, y: 0, style: .plain, maxWidth: 3) == 3)
    #expect(screen.lines == [" abc    "])
    #expect(screen.write("zz", x: 0, y: 0, style: .plain, maxWidth: 0) == 0)
    #expect(screen.write("zz", x: 0, y: 0, style: .plain, maxWidth: -4) == 0)
  }

  @Test("a wide character takes two cells")
  func wideCharacterTakesTwoCells() {
    var screen = Screen(width: 5, height: 1)
    #expect(screen.write("世a", x: 0, y: 0, style: .plain) == 3)
    #expect(screen[0, 0].content == "世")
    #expect(screen[1, 0].isContinuation)
    #expect(screen[2, 0].content == "a")
  }

  @Test("a wide character that would straddle the edge becomes a blank")
  func wideCharacterAtEdge() {
    var screen = Screen(width: 4, height: 1)
    #expect(screen.write("ab世", x: 1, y: 0, style: bold) == 3)
    #expect(screen.lines == [" ab "])
    #expect(screen[3, 0] == .blank(bold))
    var pane = Screen(width: 6, height: 1, fill: Cell("x"))
    #expect(pane.write("世界", x: 0, y: 0, style: .plain, maxWidth: 3) == 3)
    #expect(pane.lines == ["世 xxx"])
  }

  @Test("a wide character cut by the left edge leaves a blank")
  func wideCharacterAtLeftEdge() {
    var screen = Screen(width: 4, height: 1, fill: Cell("x"))
    #expect(screen.write("世a", x: -1, y: 0, style: .plain) == 3)
    #expect(screen.lines == [" axx"])
  }

  @Test("overwriting the right half of a wide character blanks its left half")
  func overwriteRightHalf() {
    var screen = Screen(width: 4, height: 1)
    screen.write("世界", x: 0, y: 0, style: bold)
    screen.write("z", x: 1, y: 0, style: .plain)
    #expect(screen.lines == [" z界"])
    #expect(screen[0, 0] == .blank(bold))
  }

  @Test("overwriting the left half of a wide character blanks its right half")
  func overwriteLeftHalf() {
    var screen = Screen(width: 4, height: 1)
    screen.write("世界", x: 0, y: 0, style: .plain)
    screen.write("z", x: 2, y: 0, style: .plain)
    #expect(screen.lines == ["世z "])
    screen.write("日", x: 1, y: 0, style: .plain)
    #expect(screen.lines == [" 日 "])
    #expect(
      !screen.cells.enumerated().contains { index, cell in
        cell.isContinuation && (index == 0 || DisplayWidth.of(screen.cells[index - 1].content) != 2)
      })
  }

  @Test("fill blanks a wide character cut by its edge")
  func fillRepairsWideCharacters() {
    var screen = Screen(width: 6, height: 1)
    screen.write("世界日", x: 0, y: 0, style: .plain)
    screen.fill(Rect(x: 1, y: 0, width: 2, height: 1), style: bold)
    #expect(screen.lines == ["    日"])
    #expect(screen[0, 0].isContinuation == false)
    #expect(screen[3, 0].isContinuation == false)
    #expect(screen[4, 0].content == "日")
  }

  @Test("a combining mark joins the cell before it, even a wide one")
  func combiningMarksAttach() {
    var screen = Screen(width: 5, height: 1)
    // "\r" makes the mark its own grapheme; it joins the cell written before it.
    #expect(screen.write("世\r\u{301}", x: 0, y: 0, style: .plain) == 3)
    #expect(screen[2, 0].content == "\u{FFFD}\u{301}")
    var wide = Screen(width: 5, height: 1)
    wide.write("e\u{301}世", x: 0, y: 0, style: .plain)
    #expect(wide[0, 0].content == "e\u{301}")
  }

  @Test("a leading combining mark never alters the cell left of the write")
  func leadingMarkDoesNotSpill() {
    var screen = Screen(width: 4, height: 1)
    screen.write("ab", x: 0, y: 0, style: .plain)
    #expect(screen.write("\u{301}c", x: 2, y: 0, style: .plain) == 1)
    #expect(screen.lines == ["abc "])
    #expect(screen.write(Character("\u{301}"), x: 3, y: 0, style: .plain) == 0)
    #expect(screen.lines == ["abc "])
  }

  @Test("an Indic cluster takes one cell per spacing scalar, as curses counts it")
  func indicCluster() {
    var screen = Screen(width: 4, height: 1)
    #expect(screen.write("कि!", x: 0, y: 0, style: .plain) == 3)
    #expect(screen.cells.map(\.content) == ["क", "ि", "!", " "])
    #expect(DisplayWidth.of("कि!") == 3)
  }

  @Test("a cell holds at most a base and four marks")
  func cellsAreCapped() {
    var screen = Screen(width: 2, height: 1)
    screen.write("e" + String(repeating: "\u{301}", count: 100), x: 0, y: 0, style: .plain)
    #expect(screen[0, 0].content.unicodeScalars.count == 5)
    #expect(screen[1, 0].content == " ")
  }

  @Test("control characters written raw show as U+FFFD, bidi overrides too")
  func controlsNeverReachCells() {
    var screen = Screen(width: 4, height: 1)
    screen.write("a\u{1B}\u{202E}b", x: 0, y: 0, style: .plain)
    #expect(screen.lines == ["a\u{FFFD}\u{FFFD}b"])
  }

  @Test("writes outside the screen do nothing; a 1x1 and a 0x0 screen work")
  func tinyScreens() {
    var screen = Screen(width: 1, height: 1)
    #expect(screen.write("世", x: 0, y: 0, style: .plain) == 1)
    #expect(screen.lines == [" "])
    #expect(screen.write("a", x: 0, y: 1, style: .plain) == 0)
    #expect(screen.write("a", x: 5, y: 0, style: .plain) == 0)
    var empty = Screen(width: 0, height: 0)
    #expect(empty.write("a", x: 0, y: 0, style: .plain) == 0)
    empty.fill(Rect(x: 0, y: 0, width: 3, height: 3), style: bold)
    #expect(empty.snapshot() == "0x0\n\n")
    #expect(Screen(width: -3, height: 2).width == 0)
  }

  @Test("Screen(lines:) builds a literal as wide as its widest line")
  func linesLiteral() {
    let screen = Screen(lines: ["ab", "世界!"])
    #expect(screen.width == 5)
    #expect(screen.lines == ["ab   ", "世界!"])
  }
}
