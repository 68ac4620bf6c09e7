import BylineScreen
import CNcurses
import Testing

@testable import BylineCurses

/// Mouse events from curses' button-state bits (issue #6): wheel and left click.
@Suite struct MouseDecodingTests {
  @Test("wheel up and down decode from buttons 4 and 5, with the pointer's cell")
  func wheel() {
    #expect(
      MouseDecoder.decode(buttonState: byline_button4_pressed(), x: 12, y: 3)
        == MouseEvent(.wheelUp, row: 3, column: 12))
    #expect(
      MouseDecoder.decode(buttonState: byline_button5_pressed(), x: 0, y: 0)
        == MouseEvent(.wheelDown, row: 0, column: 0))
  }

  @Test("a left press, click or double click is a left click")
  func leftClick() {
    for bits in [
      byline_button1_pressed(), byline_button1_clicked(), byline_button1_double_clicked(),
    ] {
      #expect(
        MouseDecoder.decode(buttonState: bits, x: 40, y: 10)
          == MouseEvent(.left, row: 10, column: 40))
    }
  }

  @Test("releases, other buttons, motion and cells off the screen decode to nothing")
  func ignored() {
    #expect(MouseDecoder.decode(buttonState: byline_button1_released(), x: 1, y: 1) == nil)
    #expect(MouseDecoder.decode(buttonState: 0, x: 1, y: 1) == nil)
    #expect(MouseDecoder.decode(buttonState: byline_button4_pressed(), x: -1, y: 1) == nil)
    #expect(MouseDecoder.decode(buttonState: byline_button1_pressed(), x: 1, y: -1) == nil)
  }

  @Test("the masks have ncurses' documented values (mouse version 2)")
  func masks() {
    #expect(byline_button1_pressed() == 0o2)
    #expect(byline_button1_clicked() == 0o4)
    #expect(byline_button4_pressed() == 0o2 << 15)
    #expect(byline_button5_pressed() == 0o2 << 20)
    #expect(
      MouseDecoder.reportedButtons & byline_button1_released() == 0, "releases are not asked for")
  }

  @Test("KEY_MOUSE is not a key: the key decoder leaves it to the terminal")
  func keyMouseIsNotAKey() {
    #expect(KeyDecoder.decode(status: KeyCode.functionKeyStatus, code: UInt32(KEY_MOUSE)) == nil)
  }
}
