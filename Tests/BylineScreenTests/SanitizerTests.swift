import BylineScreen
import Testing

/// The cases of RELIABILITY.md "Bad inputs" 1–4, 7 and 8, plus the basics.
@Suite struct SanitizerTests {
  /// No scalar other than `\n` (bodies) may be a control or bidi control.
  private func expectSafe(
    _ text: String, allowNewline: Bool, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for scalar in text.unicodeScalars {
      let v = scalar.value
      let isControl = v < 0x20 || (0x7F...0x9F).contains(v)
      let isBidi = (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
      if allowNewline, v == 0x0A { continue }
      #expect(
        !isControl && !isBidi, "U+\(String(v, radix: 16)) in \(text.debugDescription)",
        sourceLocation: sourceLocation)
    }
  }

  private func both(_ input: String) -> (body: String, line: String) {
    let body = Sanitizer.displayText(input)
    let line = Sanitizer.singleLine(input)
    expectSafe(body, allowNewline: true)
    expectSafe(line, allowNewline: false)
    return (body, line)
  }

  @Test("case 1: clear-screen and retitle sequences are removed")
  func clearScreenAndTitle() {
    let (body, line) = both("Hi \u{1B}[2J\u{1B}]0;PWNED\u{07}there")
    #expect(body == "Hi there")
    #expect(line == "Hi there")
  }

  @Test("case 2: OSC 8 retargeting inside a title is removed")
  func osc8InTitle() {
    let input = "Read \u{1B}]8;;https://evil.example\u{07}this\u{1B}]8;;\u{07} now"
    #expect(both(input).line == "Read this now")
    #expect(both("a\u{1B}]8;;https://evil.example\u{1B}\\b").line == "ab")
  }

  @Test("case 2: an unterminated OSC ends at the line break, not the article")
  func unterminatedOSCAtEndOfLine() {
    #expect(both("first \u{1B}]8;;x\nsecond line").body == "first \nsecond line")
    #expect(both("para one \u{1B}]8;;x\n\npara two").body == "para one \n\npara two")
    #expect(both("end of file \u{1B}]8;;x").body == "end of file ")
    #expect(both("title \u{1B}]8;;x\nmore").line == "title more")
  }

  @Test("an unterminated OSC on a very long line gives up after a bound")
  func unterminatedOSCIsBounded() {
    let tail = String(repeating: "visible ", count: 200)
    let body = both("\u{1B}]8;;" + tail).body
    #expect(body.hasSuffix("visible visible "))
    #expect(body.count < tail.count)
    #expect(body.count > tail.count - 600)
  }

  @Test("case 3: 8-bit CSI and OSC are removed, other C1 shown as U+FFFD")
  func eightBitControls() {
    #expect(both("a\u{9B}2Jb").body == "ab")
    #expect(both("a\u{9D}0;PWNED\u{07}b").body == "ab")
    #expect(both("a\u{9D}0;PWNED\u{9C}b").body == "ab")
    #expect(both("a\u{90}q\u{9C}b").body == "ab")
    #expect(both("a\u{85}b").body == "a\nb")
    #expect(both("a\u{80}b\u{9C}c").body == "a\u{FFFD}b\u{FFFD}c")
    // A Latin-1 feed decoded before filtering: the byte 0x9B is U+009B.
    let latin1 = String(
      decoding: [0x61, 0x9B, 0x32, 0x4A, 0x62].map { UInt16($0) }, as: UTF16.self)
    #expect(both(latin1).body == "ab")
  }

  @Test("case 3: DEL, NUL, BEL, BS, FF become visible symbols; CR becomes a line break")
  func c0Controls() {
    #expect(both("a\u{7F}b").body == "a\u{2421}b")
    #expect(both("a\u{0}b").body == "a\u{2400}b")
    #expect(both("a\u{7}b").body == "a\u{2407}b")
    #expect(both("a\u{8}b").body == "a\u{2408}b")
    #expect(both("a\u{C}b").body == "a\u{240C}b")
    #expect(both("a\rb").body == "a\nb")
    #expect(both("a\r\nb\r\n").body == "a\nb\n")
    #expect(both("a\r\rb").body == "a\n\nb")
    #expect(both("hidden\rshown").line == "hidden shown")
  }

  @Test("case 3 and 8: invalid UTF-8, a raw 0x9B byte and a mid-text BOM are harmless")
  func invalidBytes() {
    let bytes: [UInt8] = [
      0x61, 0x9B, 0x32, 0x4A, 0xC3, 0x28, 0xEF, 0xBB, 0xBF, 0x62, 0xC2, 0x9B, 0x31, 0x6D,
    ]
    let decoded = String(decoding: bytes, as: UTF8.self)
    // 0x9B alone is invalid UTF-8 (U+FFFD, so "2J" stays text); C2 9B is U+009B (a CSI).
    #expect(both(decoded).body == "a\u{FFFD}2J\u{FFFD}(b")
    #expect(both("\u{FFFE}x\u{10FFFF}").body == "\u{FFFD}x\u{FFFD}")
  }

  @Test("case 4: the CVE-2022-46663 reply-loop reproducer leaves no sequence")
  func lessReplyLoop() {
    let (body, line) = both("\u{1B}]8;;\u{1B}0m\u{1B}[>0q")
    #expect(body == "m")
    #expect(line == "m")
  }

  @Test("lone and incomplete ESC are shown, complete two-character sequences removed")
  func loneEscape() {
    #expect(both("a\u{1B}").body == "a\u{241B}")
    #expect(both("a\u{1B}\u{1B}7b").body == "a\u{241B}b")
    #expect(both("a\u{1B}(Bb").body == "ab")
    #expect(both("a\u{1B}é").body == "a\u{241B}é")
    #expect(both("a\u{1B}[31mred\u{1B}[0m").body == "ared")
    #expect(both("a\u{1B}P1$r\u{1B}\\b").body == "ab")
    #expect(both("a\u{1B}_apc\u{1B}\\b\u{1B}^pm\u{7}c\u{1B}Xsos\u{1B}\\d").body == "abcd")
  }

  @Test("case 7: markup-looking text is kept literally")
  func markupIsLiteral() {
    #expect(both("<antirez>").line == "<antirez>")
    #expect(both("Gordon Brown on<br>C++").line == "Gordon Brown on<br>C++")
    #expect(both("<b>Author</b>").line == "<b>Author</b>")
  }

  @Test("case 8: bidi overrides and isolates are removed, ZWJ sequences kept")
  func bidiAndZWJ() {
    #expect(both("abc\u{202E}fed\u{202C}").line == "abcfed")
    #expect(both("\u{2066}x\u{2069}\u{202A}y\u{202D}").line == "xy")
    #expect(both("👨\u{200D}👩\u{200D}👧").line == "👨\u{200D}👩\u{200D}👧")
    #expect(both("a\u{FEFF}b").line == "ab")
  }

  @Test("case 8: 100 stacked combining marks are capped at four")
  func combiningMarkCap() {
    let zalgo = "e" + String(repeating: "\u{301}", count: 100) + "x"
    let (body, _) = both(zalgo)
    #expect(body.unicodeScalars.count == 1 + Sanitizer.maximumCombiningMarks + 1)
    #expect(body.hasSuffix("x"))
    #expect(both("e\u{301}\u{302}").body == "e\u{301}\u{302}")
  }

  @Test("TAB expands to the next tab stop in bodies and to one space in lines")
  func tabs() {
    #expect(both("a\tb").body == "a       b")
    #expect(both("abcdefgh\tb").body == "abcdefgh        b")
    #expect(both("x\n\ty").body == "x\n        y")
    #expect(both("世\tb").body == "世      b")
    #expect(both("a\t\tb").line == "a b")
  }

  @Test("singleLine joins lines, collapses spaces and trims")
  func singleLineShape() {
    #expect(Sanitizer.singleLine("  Hello \n\n  world  ") == "Hello world")
    #expect(Sanitizer.singleLine("a\u{2028}b\u{2029}c") == "a b c")
    #expect(Sanitizer.singleLine("") == "")
    #expect(Sanitizer.singleLine("\u{1B}[2J") == "")
    #expect(Sanitizer.displayText("a\u{2029}b") == "a\n\nb")
  }

  @Test("ordinary text passes through unchanged")
  func plainText() {
    let text = "Café ☕ 日本語 — “quotes”, Ελληνικά, עברית\nline two"
    #expect(Sanitizer.displayText(text) == text)
  }

  @Test("every input scalar pattern is safe: a cheap deterministic fuzz")
  func fuzz() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    let alphabet: [Unicode.Scalar] = [
      "\u{1B}", "[", "]", "P", "\\", "\u{7}", "\u{9B}", "\u{9D}", "\u{9C}", "\u{90}", "\n", "\r",
      "\t", "0", ";", "m", "a", " ", "\u{301}", "\u{202E}", "\u{7F}", "\u{0}", "世", "\u{200D}",
      "\u{18}", "\u{85}",
    ]
    for _ in 0..<500 {
      var input = String.UnicodeScalarView()
      for _ in 0..<40 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        input.append(alphabet[Int(state >> 33) % alphabet.count])
      }
      _ = both(String(input))
    }
  }

  @Test("a megabyte of escapes runs in linear time")
  func largeInput() {
    let chunk = "\u{1B}[31mx\u{1B}]0;t\u{7}" + String(repeating: "\u{301}", count: 10)
    let input = String(repeating: chunk, count: 40_000)
    let clock = ContinuousClock()
    let elapsed = clock.measure { _ = Sanitizer.displayText(input) }
    #expect(
      Sanitizer.displayText(input)
        == String(repeating: "x" + String(repeating: "\u{301}", count: 4), count: 40_000))
    #expect(elapsed < .seconds(10))
  }
}
