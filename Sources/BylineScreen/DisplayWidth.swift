/// Terminal display width of text: 0, 1 or 2 columns per grapheme.
///
/// For single scalars this follows glibc's `wcwidth` (which is what ncurses
/// uses to place the cursor), so the screen grid and curses never disagree:
/// East Asian Wide and Fullwidth characters take two columns, combining marks,
/// format characters and Hangul medial/final jamo take none. Deliberate
/// differences from `wcwidth`, all pinned by `DisplayWidthGlibcTests`:
/// - Control characters (C0, DEL, C1) and U+2028/U+2029 are 0 here, -1 in glibc.
///   They never reach a cell anyway (see ``Sanitizer``).
/// - Scalars newer than glibc's Unicode version (14.0 in glibc 2.36) are 2 when
///   they have the `Emoji_Presentation` property, 0 when they are marks, and
///   the general category comes from Swift's (newer) Unicode data, so the odd
///   scalar that changed category since 14.0 differs (U+1171E, Mn → Mc).
///
/// For a grapheme cluster (a `Character`) the width is the sum of its scalars'
/// widths (so usually its base's), except that emoji sequences are 2: a flag,
/// an emoji with VS16 (U+FE0F), a ZWJ sequence, a skin-tone modifier sequence,
/// a keycap.
public enum DisplayWidth {
  /// Columns taken by one grapheme cluster.
  ///
  /// An emoji sequence (see ``isEmojiSequence(_:)``) takes 2. Any other
  /// cluster takes the sum of its scalars' widths, as `wcswidth` counts it:
  /// usually just the base (marks are 0), but an Indic cluster with spacing
  /// vowel signs or a conjunct takes one column per spacing scalar, which is
  /// what terminals and curses do. ``Screen`` gives such a cluster one cell
  /// per spacing scalar (``spacingParts(of:)``).
  ///
  /// - Parameter character: the grapheme.
  /// - Returns: 0, 1 or 2 for almost everything; more for long Indic clusters.
  public static func of(_ character: Character) -> Int {
    if let ascii = character.asciiValue { return ascii >= 0x20 && ascii != 0x7F ? 1 : 0 }
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if scalars.count == 1 { return of(first) }
    if isEmojiSequence(scalars) { return 2 }
    var total = 0
    for scalar in scalars { total += of(scalar) }
    return total
  }

  /// Whether a cluster is an emoji sequence that terminals draw as one wide glyph.
  ///
  /// That is a flag (two regional indicators), or an emoji base followed by VS16
  /// (U+FE0F, which covers keycaps), a ZWJ or a skin-tone modifier, or any
  /// cluster whose base has emoji presentation.
  static func isEmojiSequence(_ scalars: Character.UnicodeScalarView) -> Bool {
    guard let first = scalars.first else { return false }
    let rest = scalars.dropFirst()
    if isRegionalIndicator(first), let second = rest.first, isRegionalIndicator(second) {
      return true
    }
    guard first.properties.isEmoji else { return false }
    if of(first) == 2 { return true }
    return rest.contains { scalar in
      scalar.value == 0xFE0F || scalar.value == 0x200D || (0x1F3FB...0x1F3FF).contains(scalar.value)
    }
  }

  /// The cells a non-emoji cluster with several spacing scalars takes: each
  /// spacing scalar with the zero-width scalars after it; `nil` for a
  /// cluster that fits one cell.
  static func spacingParts(of character: Character) -> [String]? {
    let scalars = character.unicodeScalars
    guard scalars.count > 1, !isEmojiSequence(scalars) else { return nil }
    var parts: [String.UnicodeScalarView] = []
    for scalar in scalars {
      if of(scalar) == 0, !parts.isEmpty {
        parts[parts.count - 1].append(scalar)
      } else {
        parts.append(String.UnicodeScalarView([scalar]))
      }
    }
    return parts.count > 1 ? parts.map(String.init) : nil
  }

  /// Columns taken by a string: the sum over its grapheme clusters.
  ///
  /// - Complexity: O(n) in the length of `text`.
  public static func of(_ text: some StringProtocol) -> Int {
    // Printable ASCII (most titles, sources and dates): one column a byte.
    if PrintableASCII.contains(text) { return text.utf8.count }
    var total = 0
    for character in text { total += of(character) }
    return total
  }

  /// Columns taken by one scalar on its own (glibc `wcwidth`, controls as 0).
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if value < 0x300 { return 1 }  // Latin-1 and Latin Extended (incl. U+00AD).
    if isZeroWidth(scalar) { return 0 }  // Before the table: it holds some marks.
    if WideTable.contains(value) { return 2 }
    if scalar.properties.isEmojiPresentation, !isRegionalIndicator(scalar),
      !isKnownToGlibc(scalar)
    {
      return 2
    }
    return 1
  }

  /// Whether `scalar` is one of the 26 regional indicator letters used in flags.
  static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
    (0x1F1E6...0x1F1FF).contains(scalar.value)
  }

  private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    switch value {
    case 0x200B, 0x2028, 0x2029, 0x1160...0x11FF, 0xD7B0...0xD7FF:
      return true
    case 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x110BD, 0x110CD:
      return false  // Prepended concatenation marks: visible, glibc gives 1.
    default:
      break
    }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return true
    default: return false
    }
  }

  /// Whether the scalar was assigned by Unicode 14.0, glibc 2.36's version.
  private static func isKnownToGlibc(_ scalar: Unicode.Scalar) -> Bool {
    guard let age = scalar.properties.age else { return false }
    return age.major < 14 || (age.major == 14 && age.minor == 0)
  }
}
