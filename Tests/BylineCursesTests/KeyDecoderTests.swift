import BylineScreen
import Testing

@testable import BylineCurses

@Suite struct KeyDecoderTests {
  private let function = KeyCode.functionKeyStatus
  private let character = KeyCode.characterStatus

  @Test(
    "function keys decode by their curses constant",
    arguments: [
      (KeyCode.down, Key.down), (KeyCode.up, .up), (KeyCode.left, .left), (KeyCode.right, .right),
      (KeyCode.pageDown, .pageDown), (KeyCode.pageUp, .pageUp), (KeyCode.home, .home),
      (KeyCode.end, .end), (KeyCode.enter, .enter), (KeyCode.backspace, .backspace),
      (KeyCode.delete, .delete), (KeyCode.insert, .insert), (KeyCode.backTab, .backTab),
      (KeyCode.functionBase + 1, .function(1)), (KeyCode.functionBase + 12, .function(12)),
    ] as [(Int32, Key)])
  func functionKeys(code: Int32, expected: Key) {
    #expect(KeyDecoder.decode(status: function, code: UInt32(code)) == expected)
  }

  @Test("the curses constants have their documented values")
  func constants() {
    #expect(KeyCode.down == 0o402)
    #expect(KeyCode.pageDown == 0o522)
    #expect(KeyCode.backTab == 0o541)
    #expect(KeyCode.resize == 0o632)
    #expect(KeyCode.functionKeyStatus == 0o400)
  }

  @Test(
    "characters: controls by name, Ctrl chords as letters, printable as characters",
    arguments: [
      (0x1B, Key.escape), (0x09, .tab), (0x0D, .enter), (0x0A, .enter), (0x7F, .backspace),
      (0x08, .backspace), (0x01, .control("a")), (0x03, .control("c")), (0x06, .control("f")),
      (0x1A, .control("z")), (0x15, .control("u")), (0x04, .control("d")),
      (0x6A, .character("j")), (0x20, .character(" ")), (0x47, .character("G")),
      (0x3F, .character("?")), (0xE9, .character("é")), (0x4E16, .character("世")),
      (0x1F600, .character("😀")), (0x1C, .control("\\")),
    ] as [(UInt32, Key)])
  func characters(code: UInt32, expected: Key) {
    #expect(KeyDecoder.decode(status: character, code: code) == expected)
  }

  @Test("escape alone is escape, not the start of something")
  func escAloneIsEscape() {
    #expect(KeyDecoder.decode(status: character, code: 0x1B) == .escape)
  }

  @Test("resize, unknown keys, NUL, C1, surrogates and ERR decode to nil")
  func nothingToDecode() {
    #expect(KeyDecoder.decode(status: function, code: UInt32(KeyCode.resize)) == nil)
    #expect(KeyDecoder.decode(status: function, code: 0o777) == nil)
    #expect(KeyDecoder.decode(status: character, code: 0) == nil)
    #expect(KeyDecoder.decode(status: character, code: 0x9B) == nil)
    #expect(KeyDecoder.decode(status: character, code: 0xD800) == nil)
    #expect(KeyDecoder.decode(status: character, code: 0x11_0000) == nil)
    #expect(KeyDecoder.decode(status: -1, code: 0x6A) == nil)
  }
}
