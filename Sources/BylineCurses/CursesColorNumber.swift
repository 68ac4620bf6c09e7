import BylineScreen

/// Maps a theme ``BylineScreen/Color`` to a curses colour number for `init_extended_pair`.
///
/// Pure, so it is tested without a terminal. The colour is first downsampled
/// to the terminal's ``BylineScreen/ColorCapability``; then:
/// - `.terminalDefault` is -1 (`use_default_colors`), or `defaultNumber` when
///   the terminal cannot keep its own colours;
/// - on 8-colour terminals the bright ANSI colours 8–15 fold onto 0–7;
/// - on direct-colour terminals (`COLORS` = 2^24, terminfo `*-direct`) numbers
///   below 8 mean the palette, so `.ansi`/`.indexed` 0–7 stay palette entries
///   and every other colour is sent as packed RGB (`r << 16 | g << 8 | b`,
///   nudged to at least 8 so near-black is not read as a palette entry).
public struct CursesColorNumber: Sendable {
  /// What the terminal can show.
  public var capability: ColorCapability
  /// The terminal's `COLORS`.
  public var colors: Int
  /// Whether `use_default_colors` succeeded (so -1 is allowed).
  public var defaultsAllowed: Bool

  /// A mapper for a terminal with `colors` colours.
  public init(capability: ColorCapability, colors: Int, defaultsAllowed: Bool) {
    self.capability = capability
    self.colors = colors
    self.defaultsAllowed = defaultsAllowed
  }

  /// The curses number for `color` used as a foreground (`isForeground`) or background.
  public func number(for color: Color, isForeground: Bool) -> Int32 {
    switch color.downsampled(to: capability) {
    case .terminalDefault:
      return defaultsAllowed ? -1 : (isForeground ? 7 : 0)
    case .ansi(let n):
      if capability == .truecolor, n >= 8 { return packed(XtermPalette.rgb(n)) }
      return Int32(colors >= 16 ? n : n & 7)
    case .indexed(let n):
      if capability == .truecolor, n >= 8 { return packed(XtermPalette.rgb(n)) }
      return Int32(Int(n) < colors ? Int(n) : Int(n & 7))
    case .rgb(let r, let g, let b):
      return packed((r, g, b))
    }
  }

  private func packed(_ rgb: (red: UInt8, green: UInt8, blue: UInt8)) -> Int32 {
    let value = Int32(rgb.red) << 16 | Int32(rgb.green) << 8 | Int32(rgb.blue)
    return max(8, value)
  }
}
