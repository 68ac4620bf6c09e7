/// Splits text into the lowercase search tokens the search index stores and queries look up.
///
/// A token is a run of letters and digits: ASCII is lowercased byte by byte;
/// other letters are lowercased and Latin letters lose their diacritics
/// (`Müller` → `muller`, `Straße` → `strasse`); combining marks are dropped.
/// Everything else separates tokens, including apostrophes (`Biden’s` →
/// `biden`, `s`) and hyphens (`covid-19` → `covid`, `19`). Tokens are cut at
/// `maxTokenBytes` bytes, for the index and for queries alike.
public enum SearchTokenizer {
  /// The longest token kept, in UTF-8 bytes; longer runs are cut to this length.
  public static let maxTokenBytes = 48

  /// The tokens of `text`, in order, with repeats.
  public static func tokens(_ text: String) -> [String] {
    var result: [String] = []
    forEachToken(in: text) { result.append(String(decoding: $0, as: UTF8.self)) }
    return result
  }

  /// Calls `body` with each token's UTF-8 bytes (valid only during the call).
  public static func forEachToken(
    in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    var text = text
    text.withUTF8 { bytes in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxTokenBytes + 8) { token in
        var length = 0
        func flush() {
          if length > 0 { body(UnsafeBufferPointer(rebasing: token[0..<length])) }
          length = 0
        }
        func append(_ byte: UInt8) {
          if length < maxTokenBytes {
            token[length] = byte
            length += 1
          }
        }
        var i = 0
        let count = bytes.count
        while i < count {
          let byte = bytes[i]
          if byte < 0x80 {
            i += 1
            switch byte {
            case 0x30...0x39, 0x61...0x7A: append(byte)
            case 0x41...0x5A: append(byte | 0x20)
            default: flush()
            }
            continue
          }
          let (scalar, width) = decode(bytes, at: i)
          i += width
          appendFolded(scalar, append: append, flush: flush)
        }
        flush()
      }
    }
  }

  /// Appends the folded form of a non-ASCII scalar, or ends the token at a separator.
  private static func appendFolded(
    _ scalar: Unicode.Scalar, append: (UInt8) -> Void, flush: () -> Void
  ) {
    let value = scalar.value
    if (0x300...0x36F).contains(value) { return }  // combining diacritics: dropped
    if let folded = LatinFolding.fold(value) {
      for byte in folded.utf8 { append(byte) }
      return
    }
    let properties = scalar.properties
    guard properties.isAlphabetic || properties.numericType != nil else {
      flush()
      return
    }
    if properties.generalCategory == .nonspacingMark { return }
    for byte in properties.lowercaseMapping.utf8 { append(byte) }
  }

  /// The scalar starting at `i` and its width; invalid bytes read as U+FFFD, width 1.
  private static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, at i: Int
  ) -> (Unicode.Scalar, Int) {
    let lead = bytes[i]
    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard width > 1, i + width <= bytes.count else { return ("\u{FFFD}", 1) }
    var value = UInt32(lead) & (0xFF >> (width + 1))
    for offset in 1..<width {
      let next = bytes[i + offset]
      guard next & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
      value = value << 6 | UInt32(next & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
  }
}
