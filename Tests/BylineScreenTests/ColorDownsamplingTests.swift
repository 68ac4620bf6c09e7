import BylineScreen
import Testing

@Suite struct ColorDownsamplingTests {
  @Test(
    "rgb maps to the nearest xterm-256 colour",
    arguments: [
      (0, 0, 0, 16), (255, 255, 255, 231), (255, 0, 0, 196), (0, 255, 0, 46), (0, 0, 255, 21),
      (95, 135, 175, 67), (128, 128, 128, 244), (8, 8, 8, 232), (238, 238, 238, 255),
      (250, 128, 114, 209), (30, 30, 30, 234), (0, 95, 0, 22), (100, 100, 100, 241),
    ] as [(UInt8, UInt8, UInt8, UInt8)])
  func nearest256(red: UInt8, green: UInt8, blue: UInt8, expected: UInt8) {
    #expect(Color.rgb(red, green, blue).downsampled(to: .indexed256) == .indexed(expected))
  }

  @Test(
    "rgb maps to the nearest of the 16 ANSI colours",
    arguments: [
      (0, 0, 0, 0), (255, 255, 255, 15), (200, 0, 0, 1), (255, 10, 10, 9), (0, 0, 230, 4),
      (128, 128, 128, 8), (230, 230, 230, 7), (250, 250, 0, 11), (0, 200, 200, 6),
      (90, 90, 250, 12),
    ] as [(UInt8, UInt8, UInt8, UInt8)])
  func nearest16(red: UInt8, green: UInt8, blue: UInt8, expected: UInt8) {
    #expect(Color.rgb(red, green, blue).downsampled(to: .ansi16) == .ansi(expected))
  }

  @Test("the palette round-trips: every cube and grey entry maps to itself")
  func paletteRoundTrip() {
    for index in 16...255 {
      let (r, g, b) = XtermPalette.rgb(UInt8(index))
      #expect(XtermPalette.nearest256(red: r, green: g, blue: b) == UInt8(index), "\(index)")
    }
  }

  @Test("indexed colours fold down to 16, ANSI ones stay, nothing survives .none")
  func indexedAndNone() {
    #expect(Color.indexed(196).downsampled(to: .ansi16) == .ansi(9))
    #expect(Color.indexed(3).downsampled(to: .ansi16) == .ansi(3))
    #expect(Color.indexed(232).downsampled(to: .ansi16) == .ansi(0))
    #expect(Color.indexed(196).downsampled(to: .indexed256) == .indexed(196))
    #expect(Color.ansi(12).downsampled(to: .indexed256) == .ansi(12))
    #expect(Color.rgb(1, 2, 3).downsampled(to: .truecolor) == .rgb(1, 2, 3))
    for color in [Color.ansi(1), .indexed(200), .rgb(9, 9, 9), .terminalDefault] {
      #expect(color.downsampled(to: .none) == .terminalDefault)
    }
    #expect(Color.terminalDefault.downsampled(to: .ansi16) == .terminalDefault)
  }

  @Test("a style downsamples both colours and keeps attributes")
  func styleDownsampling() {
    let style = Style(foreground: .rgb(255, 0, 0), background: .indexed(21), attributes: .bold)
    #expect(
      style.downsampled(to: .ansi16)
        == Style(foreground: .ansi(9), background: .ansi(4), attributes: .bold))
  }

  @Test("capabilities are ordered")
  func ordering() {
    #expect(ColorCapability.none < .ansi16)
    #expect(ColorCapability.indexed256 < .truecolor)
  }
}
