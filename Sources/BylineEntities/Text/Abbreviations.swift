/// Abbreviations that keep their final period, and which of them may end a sentence.
enum Abbreviations {
  /// Lowercase words that take a period as part of the token (`Mr.`, `Inc.`).
  static let withPeriod: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
    "st", "jr", "sr", "inc", "corp", "ltd", "co", "plc", "llc", "bros", "vs", "etc", "no",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt",
    "ft", "ave", "dept", "univ", "approx", "fig", "vol", "cf", "rev", "hon", "messrs", "adm",
    "maj", "cmdr", "pres", "supt", "det", "insp", "mme", "mlle",
  ]

  /// Abbreviations after which a capitalised word may start a new sentence.
  static let mayEndSentence: Set<String> = [
    "inc", "corp", "ltd", "co", "plc", "llc", "bros", "etc", "jr", "sr",
  ]

  /// `withPeriod` and `mayEndSentence` as tables of packed words (see `packed`).
  static let withPeriodTable = table(withPeriod)
  static let mayEndSentenceTable = table(mayEndSentence)

  /// Whether the ASCII bytes in `range`, lowercased, spell a word of `table`
  /// (without allocating).
  static func contains(
    _ table: HashTable<Bool>, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> Bool {
    guard let key = packed(bytes, range) else { return false }
    return table.value(for: key)
  }

  /// Up to six ASCII bytes, lowercased, and their count in one integer
  /// (one integer per distinct word, never 0); nil for longer or non-ASCII words.
  private static func packed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64? {
    guard range.count <= 6, !range.isEmpty else { return nil }
    var key = UInt64(range.count) << 56
    for index in range {
      let byte = bytes[index]
      guard byte < 0x80 else { return nil }
      key =
        key | UInt64(byte >= 65 && byte <= 90 ? byte | 0x20 : byte)
        << UInt64(8 * (index - range.lowerBound))
    }
    return key
  }

  private static func table(_ words: Set<String>) -> HashTable<Bool> {
    var table = HashTable<Bool>(capacity: words.count, empty: false)
    for word in words.sorted() {
      let bytes = Array(word.utf8)
      bytes.withUnsafeBufferPointer { buffer in
        if let key = packed(buffer, 0..<buffer.count) { table.update(key) { $0 = true } }
      }
    }
    return table
  }
}
