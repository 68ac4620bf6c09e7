import BylineScreen
import Testing

@testable import BylineCurses

@Suite struct CursesColorTests {
  @Test("the capability follows COLORS, and NO_COLOR turns colour off")
  func capability() {
    #expect(CursesTerminal.capability(colors: 0, noColor: false) == .none)
    #expect(CursesTerminal.capability(colors: 8, noColor: false) == .ansi16)
    #expect(CursesTerminal.capability(colors: 16, noColor: false) == .ansi16)
    #expect(CursesTerminal.capability(colors: 256, noColor: false) == .indexed256)
    #expect(CursesTerminal.capability(colors: 0x100_0000, noColor: false) == .truecolor)
    #expect(CursesTerminal.capability(colors: 256, noColor: true) == .none)
  }

  @Test("a 256-colour terminal gets palette numbers, -1 for default")
  func numbers256() {
    let map = CursesColorNumber(capability: .indexed256, colors: 256, defaultsAllowed: true)
    #expect(map.number(for: .terminalDefault, isForeground: true) == -1)
    #expect(map.number(for: .ansi(9), isForeground: true) == 9)
    #expect(map.number(for: .indexed(200), isForeground: true) == 200)
    #expect(map.number(for: .rgb(255, 0, 0), isForeground: true) == 196)
  }

  @Test("an 8-colour terminal folds bright colours; no default colours gives white on black")
  func numbers8() {
    let map = CursesColorNumber(capability: .ansi16, colors: 8, defaultsAllowed: false)
    #expect(map.number(for: .ansi(9), isForeground: true) == 1)
    #expect(map.number(for: .rgb(0, 0, 230), isForeground: true) == 4)
    #expect(map.number(for: .terminalDefault, isForeground: true) == 7)
    #expect(map.number(for: .terminalDefault, isForeground: false) == 0)
  }

  @Test("a direct-colour terminal gets packed RGB, palette below 8")
  func numbersDirect() {
    let map = CursesColorNumber(capability: .truecolor, colors: 0x100_0000, defaultsAllowed: true)
    #expect(map.number(for: .rgb(0x12, 0x34, 0x56), isForeground: true) == 0x123456)
    #expect(map.number(for: .rgb(0, 0, 0), isForeground: true) == 8)
    #expect(map.number(for: .ansi(2), isForeground: true) == 2)
    #expect(map.number(for: .indexed(196), isForeground: true) == 0xFF0000)
  }

  @Test("attributes map to curses attribute bits, one bit each")
  func attributes() {
    let all: [Attributes] = [.bold, .dim, .italic, .underline, .reverse]
    #expect(Attributes().cursesAttributes == 0)
    let bits = all.map(\.cursesAttributes)
    #expect(Set(bits).count == all.count)
    #expect(bits.allSatisfy { $0 != 0 && $0 & ($0 - 1) == 0 })
    #expect(Attributes([.bold, .underline]).cursesAttributes == bits[0] | bits[3])
  }
}
