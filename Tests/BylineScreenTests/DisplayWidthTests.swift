import Testing

@testable import BylineScreen

@Suite struct DisplayWidthTests {
  @Test(
    "graphemes have the width a terminal gives them",
    arguments: [
      ("a", 1), (" ", 1), ("é", 1), ("e\u{301}", 1), ("ß", 1), ("Ж", 1), ("ع", 1),
      ("世", 2), ("界", 2), ("한", 2), ("\u{1100}\u{1161}\u{11A8}", 2), ("ｱ", 1), ("Ａ", 2),
      ("\u{3000}", 2), ("😀", 2), ("👍🏽", 2), ("👨‍👩‍👧", 2), ("🇺🇸", 2), ("❤\u{FE0F}", 2),
      ("❤", 1), ("1\u{FE0F}\u{20E3}", 2), ("☺", 1), ("\u{301}", 0), ("\u{200B}", 0),
      ("\u{200D}", 0), ("\u{FEFF}", 0), ("\u{1B}", 0), ("\u{7F}", 0), ("\u{9B}", 0),
      ("\u{AD}", 1), ("\u{E9}\u{301}\u{302}\u{303}", 1), ("🇺", 1), ("कि", 2),
      ("☝🏽", 2), ("#\u{FE0F}\u{20E3}", 2), ("1\u{20E3}", 1), ("😀\u{301}", 2),
    ] as [(Character, Int)])
  func graphemeWidth(character: Character, expected: Int) {
    #expect(DisplayWidth.of(character) == expected)
  }

  @Test("a string's width is the sum of its graphemes")
  func stringWidth() {
    #expect(DisplayWidth.of("Hello") == 5)
    #expect(DisplayWidth.of("日本語") == 6)
    #expect(DisplayWidth.of("a世b") == 4)
    #expect(DisplayWidth.of("") == 0)
    #expect(DisplayWidth.of("e\u{301}\u{301}\u{301}") == 1)
    #expect(DisplayWidth.of("👨‍👩‍👧 ok") == 5)
    #expect(DisplayWidth.of("x"[...]) == 1)
  }

  @Test("scalars: controls 0, marks 0, wide 2, Hangul medial jamo 0")
  func scalarWidth() {
    #expect(DisplayWidth.of("\u{00}" as Unicode.Scalar) == 0)
    #expect(DisplayWidth.of("\u{41}" as Unicode.Scalar) == 1)
    #expect(DisplayWidth.of("\u{0301}" as Unicode.Scalar) == 0)
    #expect(DisplayWidth.of("\u{1160}" as Unicode.Scalar) == 0)
    #expect(DisplayWidth.of("\u{4E00}" as Unicode.Scalar) == 2)
    #expect(DisplayWidth.of("\u{1F600}" as Unicode.Scalar) == 2)
    #expect(DisplayWidth.of("\u{FF01}" as Unicode.Scalar) == 2)
    #expect(DisplayWidth.of("\u{0600}" as Unicode.Scalar) == 1)
  }

  @Test("clusters with several spacing scalars split into one cell per spacing scalar")
  func spacingParts() {
    #expect(DisplayWidth.spacingParts(of: "कि") == ["क", "ि"])
    #expect(DisplayWidth.spacingParts(of: "e\u{301}") == nil)
    #expect(DisplayWidth.spacingParts(of: "👨\u{200D}👩") == nil)
    #expect(DisplayWidth.spacingParts(of: "\u{1100}\u{1161}\u{11A8}") == nil)
  }

  @Test("the wide table is sorted and its ranges do not overlap")
  func wideTableIsSorted() {
    for (index, range) in WideTable.ranges.enumerated() {
      #expect(range.0 <= range.1)
      if index > 0 { #expect(WideTable.ranges[index - 1].1 < range.0) }
    }
  }
}
