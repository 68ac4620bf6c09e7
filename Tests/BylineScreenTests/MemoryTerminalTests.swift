import BylineScreen
import Testing

@Suite struct MemoryTerminalTests {
  @Test("scripted events come back in order, then nil and isExhausted")
  func scriptedEvents() {
    let terminal = MemoryTerminal(events: InputEvent.typing("jq") + [.key(.control("c"))])
    #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.character("j")))
    #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.character("q")))
    #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.control("c")))
    #expect(!terminal.isExhausted)
    #expect(terminal.nextEvent(timeoutMilliseconds: 100) == nil)
    #expect(terminal.isExhausted)
    terminal.enqueue(.key(.escape))
    #expect(!terminal.isExhausted)
    #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.escape))
  }

  @Test("a resize event changes the size and forces a full redraw")
  func resize() {
    let terminal = MemoryTerminal(width: 4, height: 1, events: [.resize(width: 3, height: 2)])
    terminal.draw(Screen(lines: ["abcd"]))
    terminal.draw(Screen(lines: ["abcX"]))
    #expect(terminal.drawnChanges.map(\.count) == [4, 1])
    #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .resize(width: 3, height: 2))
    #expect(terminal.size == (3, 2))
    terminal.draw(Screen(lines: ["abc", "def"]))
    #expect(terminal.drawnChanges.last?.count == 6)
    #expect(terminal.lastScreen?.lines == ["abc", "def"])
  }

  @Test("lifecycle calls are recorded; resume forces a full redraw")
  func lifecycle() {
    let terminal = MemoryTerminal(width: 2, height: 1)
    let screen = Screen(lines: ["ab"])
    terminal.draw(screen)
    terminal.suspend()
    terminal.resume()
    terminal.draw(screen)
    terminal.suspendToShell()
    terminal.draw(screen)
    terminal.draw(screen)
    terminal.shutdown()
    terminal.shutdown()
    #expect(terminal.drawnChanges.map(\.count) == [2, 2, 2, 0])
    #expect(terminal.lifecycle == ["suspend", "resume", "suspendToShell", "shutdown", "shutdown"])
    #expect(terminal.isShutDown)
  }

  @Test("typing maps newline and tab to keys")
  func typing() {
    #expect(InputEvent.typing("a\n\t") == [.key(.character("a")), .key(.enter), .key(.tab)])
  }
}
