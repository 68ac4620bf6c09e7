/// The xterm 256-colour palette as RGB, and nearest-colour search in it.
///
/// Entries 0–15 are xterm's default values for the 16 ANSI colours (users often
/// change these, so RGB values are only ever mapped to 0–15 when the terminal
/// has nothing else); 16–231 are the 6×6×6 cube with levels 0, 95, 135, 175,
/// 215, 255; 232–255 are the grey ramp 8, 18, …, 238.
public enum XtermPalette {
  /// The RGB value of palette entry `index`.
  public static func rgb(_ index: UInt8) -> (red: UInt8, green: UInt8, blue: UInt8) {
    let i = Int(index)
    if i < 16 { return ansi[i] }
    if i < 232 {
      let n = i - 16
      return (cubeLevels[n / 36], cubeLevels[(n / 6) % 6], cubeLevels[n % 6])
    }
    let grey = UInt8(8 + (i - 232) * 10)
    return (grey, grey, grey)
  }

  /// The palette entry in 16…255 closest to an RGB value.
  ///
  /// Compares the nearest cube colour with the nearest grey (the method of
  /// tmux's `colour_find_rgb`), using a perceptually weighted distance.
  public static func nearest256(red: UInt8, green: UInt8, blue: UInt8) -> UInt8 {
    let r = cubeIndex(red)
    let g = cubeIndex(green)
    let b = cubeIndex(blue)
    let cube = UInt8(16 + 36 * r + 6 * g + b)
    let average = (Int(red) + Int(green) + Int(blue)) / 3
    let greyStep = average > 238 ? 23 : max(0, (average - 3) / 10)
    let grey = UInt8(232 + greyStep)
    let target = (red, green, blue)
    return distance(rgb(grey), target) < distance(rgb(cube), target) ? grey : cube
  }

  /// The ANSI colour in 0…15 closest to an RGB value (xterm's default palette).
  public static func nearest16(red: UInt8, green: UInt8, blue: UInt8) -> UInt8 {
    var best: UInt8 = 0
    var bestDistance = Int.max
    for index in 0..<16 {
      let d = distance(ansi[index], (red, green, blue))
      if d < bestDistance {
        bestDistance = d
        best = UInt8(index)
      }
    }
    return best
  }

  /// Weighted squared distance ("redmean"), cheap and better than plain RGB.
  static func distance(
    _ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)
  ) -> Int {
    let meanRed = (Int(a.0) + Int(b.0)) / 2
    let dr = Int(a.0) - Int(b.0)
    let dg = Int(a.1) - Int(b.1)
    let db = Int(a.2) - Int(b.2)
    return (((512 + meanRed) * dr * dr) >> 8) + 4 * dg * dg + (((767 - meanRed) * db * db) >> 8)
  }

  private static func cubeIndex(_ value: UInt8) -> Int {
    let v = Int(value)
    if v < 48 { return 0 }
    if v < 114 { return 1 }
    return (v - 35) / 40
  }

  private static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

  private static let ansi: [(UInt8, UInt8, UInt8)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
    (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]
}
