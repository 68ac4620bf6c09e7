/// Document-level facts computed before tagging: lexemes, sentence kinds and
/// how each word is capitalised elsewhere in the same document.
struct DocumentContext {
  /// The kind of sentence a token sits in.
  enum SentenceKind: Int { case normal = 0, allCaps, titleCase, table }

  var lexemes: [Lexeme]
  /// Per token: the sentence kind.
  var sentenceKind: [UInt8]
  /// Per token: position in its sentence (0, 1, or 2 for later).
  var position: [UInt8]
  /// Per token: index of the first token of its sentence, and one past its last.
  var sentenceStart: [Int32]
  var sentenceEnd: [Int32]
  /// Per token: how the same lowercase word is cased elsewhere (bit set).
  var docCasing: [UInt8]
  /// Per token: the gazetteer category of the lowercase word.
  var gazetteer: [Int32]

  init(document: TokenizedDocument, gazetteerCategory: (Int, UInt64) -> Int) {
    let count = document.tokenCount
    var lexemes = [Lexeme]()
    lexemes.reserveCapacity(count)
    var analyzer = LexicalAnalyzer()
    document.bytes.withUnsafeBufferPointer { bytes in
      for index in 0..<count {
        lexemes.append(
          analyzer.analyze(
            bytes, Int(document.tokenStarts[index]), Int(document.tokenEnds[index])))
      }
    }
    self.lexemes = lexemes
    sentenceKind = [UInt8](repeating: 0, count: count)
    position = [UInt8](repeating: 0, count: count)
    sentenceStart = [Int32](repeating: 0, count: count)
    sentenceEnd = [Int32](repeating: 0, count: count)
    docCasing = [UInt8](repeating: 0, count: count)
    gazetteer = [Int32](repeating: 0, count: count)

    var casingTable = HashTable<UInt8>(capacity: max(16, count), empty: 0)
    for sentence in 0..<document.sentenceCount {
      let range = document.sentence(sentence)
      let kind = Self.kind(of: range, lexemes)
      for index in range {
        sentenceKind[index] = UInt8(kind.rawValue)
        position[index] = UInt8(min(2, index - range.lowerBound))
        sentenceStart[index] = Int32(range.lowerBound)
        sentenceEnd[index] = Int32(range.upperBound)
        guard kind == .normal else { continue }
        let lexeme = lexemes[index]
        var bit: UInt8 = 0
        switch lexeme.casing {
        case .lower: bit = 1
        case .initialCap, .mixedCap: bit = index == range.lowerBound ? 0 : 2
        case .allCaps: bit = index == range.lowerBound ? 0 : 4
        default: bit = 0
        }
        if bit != 0 { casingTable.update(lexeme.lower) { $0 |= bit } }
      }
    }
    for index in 0..<count {
      docCasing[index] = casingTable.value(for: lexemes[index].lower)
      gazetteer[index] = Int32(gazetteerCategory(index, lexemes[index].lower))
    }
  }

  private static func kind(of range: Range<Int>, _ lexemes: [Lexeme]) -> SentenceKind {
    var words = 0
    var caps = 0
    var titled = 0
    var numbers = 0
    for index in range where lexemes[index].casing == .numeric { numbers += 1 }
    for index in range where lexemes[index].hasLetter {
      words += 1
      switch lexemes[index].casing {
      case .allCaps: caps += 1
      case .initialCap, .mixedCap, .singleUpper: titled += 1
      default: break
      }
    }
    if numbers >= 2 && numbers * 10 >= range.count * 3 { return .table }
    guard words >= 2 else { return .normal }
    if caps * 10 >= words * 6 && caps >= 2 { return .allCaps }
    if words >= 3 && titled * 10 >= words * 7 { return .titleCase }
    return .normal
  }
}
