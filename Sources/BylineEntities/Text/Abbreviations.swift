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

  /// Whether the ASCII letters in `range` spell a listed abbreviation.
  static func contains(
    _ set: Set<String>, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> Bool {
    guard range.count <= 6, !range.isEmpty else { return false }
    var lower: [UInt8] = []
    lower.reserveCapacity(range.count)
    for index in range {
      let byte = bytes[index]
      guard byte < 0x80 else { return false }
      lower.append(byte >= 65 && byte <= 90 ? byte | 0x20 : byte)
    }
    return set.contains(String(decoding: lower, as: UTF8.self))
  }
}
