import BylineScreen
import Foundation

/// Parses the colour values theme files use.
enum ColorName {
  static let ansiNames = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue",
    "bright-magenta", "bright-cyan", "bright-white",
  ]

  /// What a colour value may be, for error messages.
  static let expected =
    "expected \"default\", a colour name (red, bright-blue, …), a number 0–255 or \"#rrggbb\""

  /// `default`, a name, `colorN`/`N` (0–255) or `#rrggbb`; nil if none of these.
  static func parse(_ text: String) -> Color? {
    let value = text.lowercased().trimmingCharacters(in: .whitespaces)
    if value == "default" || value == "none" { return .terminalDefault }
    if let index = ansiNames.firstIndex(of: value) { return .ansi(UInt8(index)) }
    if value.hasPrefix("grey") || value.hasPrefix("gray"), value.count == 4 {
      return .ansi(8)
    }
    let digits = value.hasPrefix("color") ? String(value.dropFirst(5)) : value
    if let number = Int(digits), (0...255).contains(number) { return .indexed(UInt8(number)) }
    if value.hasPrefix("#"), value.count == 7, let rgb = UInt32(value.dropFirst(), radix: 16) {
      return .rgb(UInt8(rgb >> 16 & 0xFF), UInt8(rgb >> 8 & 0xFF), UInt8(rgb & 0xFF))
    }
    return nil
  }
}
