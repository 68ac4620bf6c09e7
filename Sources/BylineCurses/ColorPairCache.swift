import CNcurses

/// Colour pairs allocated on demand from (foreground, background) numbers.
///
/// Pair 0 is the terminal's default colours. New combinations get the next
/// free pair through `init_extended_pair` (which takes `int` colours, so
/// direct-colour RGB numbers fit). When `COLOR_PAIRS` runs out, a new
/// combination falls back to an existing pair with the same foreground on the
/// default background, else to pair 0: text stays readable, only its colour
/// is off. (We do not use `alloc_pair`, which recycles the oldest pair and
/// would silently recolour cells already on screen.)
struct ColorPairCache {
  private struct Key: Hashable {
    var foreground: Int32
    var background: Int32
  }

  private var pairs: [Key: Int32] = [:]
  private var nextPair: Int32 = 1
  private let pairLimit: Int32
  private let defaultPair: Key

  /// A cache for a terminal with `colorPairs` pairs whose pair 0 is `defaultPair`.
  init(colorPairs: Int, defaultForeground: Int32, defaultBackground: Int32) {
    pairLimit = Int32(clamping: colorPairs)
    defaultPair = Key(foreground: defaultForeground, background: defaultBackground)
  }

  /// The pair number for (foreground, background), allocating it if needed.
  mutating func pair(foreground: Int32, background: Int32) -> Int32 {
    let key = Key(foreground: foreground, background: background)
    if key == defaultPair { return 0 }
    if let pair = pairs[key] { return pair }
    if nextPair < pairLimit, init_extended_pair(nextPair, foreground, background) == OK {
      pairs[key] = nextPair
      nextPair += 1
      return nextPair - 1
    }
    return pairs[Key(foreground: foreground, background: defaultPair.background)] ?? 0
  }
}
