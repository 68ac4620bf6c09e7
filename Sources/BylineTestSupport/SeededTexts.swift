/// Texts made of pieces drawn from an alphabet by a seeded generator (a
/// 64-bit LCG), so a property test tries the same inputs on every run.
///
/// - Parameters:
///   - count: how many texts.
///   - alphabet: the pieces (strings, so a piece can be a grapheme cluster or a CRLF).
///   - minimumPieces: how many pieces each text has at least; up to 31 more are added.
public func seededTexts(
  _ count: Int, from alphabet: [String], seed: UInt64, minimumPieces pieces: Int = 1
) -> [String] {
  guard !alphabet.isEmpty else { return [] }
  var state = seed
  func next() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state
  }
  return (0..<count).map { _ in
    var text = ""
    for _ in 0..<(Int(next() >> 59) + pieces) {
      text += alphabet[Int(next() >> 33) % alphabet.count]
    }
    return text
  }
}
