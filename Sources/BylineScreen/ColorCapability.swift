/// How many colours a terminal can show, from none to 24-bit.
///
/// Ordered: `.none < .ansi16 < .indexed256 < .truecolor`.
public enum ColorCapability: Int, Comparable, Hashable, Sendable, CaseIterable {
  /// Monochrome, or colour disabled (`NO_COLOR`): attributes only.
  case none
  /// The 16 palette colours (8 on some terminals; bright ones then fold down).
  case ansi16
  /// The xterm 256-colour palette.
  case indexed256
  /// 24-bit RGB.
  case truecolor

  public static func < (lhs: ColorCapability, rhs: ColorCapability) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
