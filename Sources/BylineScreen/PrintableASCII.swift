/// Printable ASCII (U+0020–U+007E): one cell and one column per byte, with
/// nothing to make safe and no grapheme clusters to find.
///
/// Most titles, sources and dates are printable ASCII, so the list and status
/// views take these fast paths on every frame. Works on contiguous UTF-8 (every
/// native string), so generic callers avoid per-byte protocol calls.
public enum PrintableASCII {
  /// Whether every byte of `text` is printable ASCII (false for non-contiguous text).
  public static func contains(_ text: some StringProtocol) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    } ?? false
  }

  /// Calls `body` with each byte of `text`, which holds only printable ASCII.
  static func forEachByte(_ text: some StringProtocol, _ body: (UInt8) -> Bool) {
    _ = text.utf8.withContiguousStorageIfAvailable { bytes in
      for byte in bytes where !body(byte) { break }
    }
  }
}
