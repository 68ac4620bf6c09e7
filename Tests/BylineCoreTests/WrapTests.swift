import BylineCore
import Testing

@Suite struct WrapTests {
  func wrap(_ text: String, _ width: Int) -> [String] {
    let characters = Array(text)
    return Wrap.lines(characters, width: width).map { String(characters[$0]) }
  }

  @Test("Lines break at spaces and never exceed the width")
  func breaksAtSpaces() {
    #expect(wrap("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"])
  }

  @Test("A word longer than the line is split")
  func longWordSplits() {
    #expect(wrap("abcdefghijkl", 5) == ["abcde", "fghij", "kl"])
  }

  @Test("Wide characters count two columns")
  func wideCharacters() {
    #expect(wrap("世界世界世界", 5) == ["世界", "世界", "世界"])
  }

  @Test("A newline forces a break")
  func newlineBreaks() {
    #expect(wrap("one\ntwo three", 20) == ["one", "two three"])
  }

  @Test("Lines may break after a hyphen or dash")
  func hyphenBreaks() {
    #expect(wrap("state-owned enterprise", 8) == ["state-", "owned", "enterpri", "se"])
  }

  @Test("A one-million-character line wraps without trouble")
  func hugeLine() {
    let text = Array(repeating: Character("x"), count: 1_000_000)
    #expect(Wrap.lines(text, width: 80).count == 12_500)
  }
}
