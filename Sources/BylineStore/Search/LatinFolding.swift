/// Lowercase ASCII for the Latin-1 and Latin Extended-A letters (`É` → `e`, `ß` → `ss`).
///
/// A table rather than Unicode decomposition: the tokenizer meets these on
/// every European name, and a lookup costs nothing.
enum LatinFolding {
  /// The folded text of `value`, or nil when it is outside the table (or not a letter).
  static func fold(_ value: UInt32) -> Substring? {
    if value >= 0xC0 && value <= 0xFF {
      return entry(latin1, Int(value - 0xC0))
    }
    if value >= 0x100 && value <= 0x17F {
      return entry(extendedA, Int(value - 0x100))
    }
    return nil
  }

  private static func entry(_ table: [Substring], _ position: Int) -> Substring? {
    let text = table[position]
    return text.isEmpty ? nil : text
  }

  /// The folds of U+00C0 to U+00FF (empty for the non-letters × and ÷).
  private static let latin1: [Substring] = split(
    "a a a a a a ae c e e e e i i i i d n o o o o o _ o u u u u y th ss "
      + "a a a a a a ae c e e e e i i i i d n o o o o o _ o u u u u y th y")

  /// The folds of U+0100 to U+017F (upper and lower case alternate).
  private static let extendedA: [Substring] = split(
    "a a a a a a c c c c c c c c d d d d e e e e e e e e e e g g g g g g g g h h h h "
      + "i i i i i i i i i i ij ij j j k k k l l l l l l l l l l n n n n n n n n n o o o o "
      + "o o oe oe r r r r r r s s s s s s s s t t t t t t u u u u u u u u u u u u w w y y "
      + "y z z z z z z s")

  private static func split(_ text: String) -> [Substring] {
    text.split(separator: " ").map { $0 == "_" ? "" : $0 }
  }
}
