/// The hashed lexical view of one token: everything the features need.
struct Lexeme {
  /// How a token is capitalised.
  enum Casing: UInt8 {
    case punctuation = 0, numeric, lower, initialCap, allCaps, singleUpper, mixedCap, mixedLower
  }

  var word: UInt64 = 0
  var lower: UInt64 = 0
  var shape: UInt64 = 0
  var prefix1: UInt64 = 0
  var prefix2: UInt64 = 0
  var prefix3: UInt64 = 0
  var prefix4: UInt64 = 0
  var suffix1: UInt64 = 0
  var suffix2: UInt64 = 0
  var suffix3: UInt64 = 0
  var suffix4: UInt64 = 0
  var hyphenFirst: UInt64 = 0
  var hyphenLast: UInt64 = 0
  var casing: Casing = .punctuation
  var hasDigit = false
  var hasLetter = false

  /// Whether the token starts with a capital letter (any capitalised casing).
  var isCapitalized: Bool {
    switch casing {
    case .initialCap, .allCaps, .singleUpper, .mixedCap: true
    default: false
    }
  }
}

/// Computes `Lexeme`s from token bytes without allocating per token.
///
/// Curly quotes become ASCII quotes, en and em dashes become `-` and `…`
/// becomes `...`, so raw text looks like the CoNLL training data.
struct LexicalAnalyzer {
  private var scratch: [UInt8] = []

  init() { scratch.reserveCapacity(64) }

  mutating func analyze(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Lexeme {
    scratch.removeAll(keepingCapacity: true)
    var lexeme = Lexeme()
    var word = FeatureHash.seed
    var lower = FeatureHash.seed
    var shape = FeatureHash.seed
    var lastShape: UInt8 = 0
    var run = 0
    var letters = 0
    var uppers = 0
    var firstUpper = false
    var upperAfterLower = false
    var seenLower = false
    var first = true
    var firstHyphen = -1
    var lastHyphen = -1
    var index = start

    func put(_ original: UInt8, _ folded: UInt8) {
      word = FeatureHash.add(word, original)
      lower = FeatureHash.add(lower, folded)
      scratch.append(folded)
      switch scratch.count {
      case 1: lexeme.prefix1 = lower
      case 2: lexeme.prefix2 = lower
      case 3: lexeme.prefix3 = lower
      case 4: lexeme.prefix4 = lower
      default: break
      }
    }
    func shapeChar(_ symbol: UInt8) {
      if symbol == lastShape {
        run += 1
        if run > 2 { return }
      } else {
        lastShape = symbol
        run = 1
      }
      shape = FeatureHash.add(shape, symbol)
    }

    while index < end {
      let byte = bytes[index]
      if byte < 0x80 {
        if byte >= 65 && byte <= 90 {
          letters += 1
          uppers += 1
          if first { firstUpper = true }
          if seenLower { upperAfterLower = true }
          put(byte, byte | 0x20)
          shapeChar(UInt8(ascii: "X"))
        } else if byte >= 97 && byte <= 122 {
          letters += 1
          seenLower = true
          put(byte, byte)
          shapeChar(UInt8(ascii: "x"))
        } else if byte >= 48 && byte <= 57 {
          lexeme.hasDigit = true
          put(byte, byte)
          shapeChar(UInt8(ascii: "d"))
        } else {
          if byte == UInt8(ascii: "-") {
            if firstHyphen < 0 { firstHyphen = scratch.count }
            lastHyphen = scratch.count
          }
          put(byte, byte)
          shapeChar(byte)
        }
        index += 1
        first = false
        continue
      }
      let (scalar, length) = CharacterClass.decode(bytes, index, end)
      index += length
      defer { first = false }
      if let replacement = Self.asciiReplacement(scalar) {
        for _ in 0..<replacement.count {
          put(replacement.byte, replacement.byte)
          shapeChar(replacement.byte)
        }
        continue
      }
      let properties = Unicode.Scalar(scalar)?.properties
      if properties?.isUppercase == true {
        letters += 1
        uppers += 1
        if first { firstUpper = true }
        if seenLower { upperAfterLower = true }
        let folded = properties?.lowercaseMapping ?? ""
        var utf8 = Array(folded.utf8).makeIterator()
        var originalIndex = index - length
        while let foldedByte = utf8.next() {
          let original = originalIndex < index ? bytes[originalIndex] : foldedByte
          originalIndex += 1
          put(original, foldedByte)
        }
        while originalIndex < index {
          word = FeatureHash.add(word, bytes[originalIndex])
          originalIndex += 1
        }
        shapeChar(UInt8(ascii: "X"))
      } else {
        let isLetter = properties?.isAlphabetic == true
        if isLetter {
          letters += 1
          seenLower = true
        }
        for offset in (index - length)..<index { put(bytes[offset], bytes[offset]) }
        shapeChar(isLetter ? UInt8(ascii: "x") : UInt8(ascii: "o"))
      }
    }

    lexeme.word = word
    lexeme.lower = lower
    lexeme.shape = shape
    lexeme.hasLetter = letters > 0
    let count = scratch.count
    if count < 4 { lexeme.prefix4 = lower }
    if count < 3 { lexeme.prefix3 = lower }
    if count < 2 { lexeme.prefix2 = lower }
    scratch.withUnsafeBufferPointer { folded in
      lexeme.suffix1 = FeatureHash.bytes(folded, max(0, count - 1)..<count)
      lexeme.suffix2 = FeatureHash.bytes(folded, max(0, count - 2)..<count)
      lexeme.suffix3 = FeatureHash.bytes(folded, max(0, count - 3)..<count)
      lexeme.suffix4 = FeatureHash.bytes(folded, max(0, count - 4)..<count)
      if firstHyphen > 0, lastHyphen < count - 1 {
        lexeme.hyphenFirst = FeatureHash.bytes(folded, 0..<firstHyphen)
        lexeme.hyphenLast = FeatureHash.bytes(folded, (lastHyphen + 1)..<count)
      }
    }
    if letters == 0 {
      lexeme.casing = lexeme.hasDigit ? .numeric : .punctuation
    } else if uppers == letters {
      lexeme.casing = letters == 1 ? .singleUpper : .allCaps
    } else if firstUpper {
      lexeme.casing = upperAfterLower ? .mixedCap : .initialCap
    } else {
      lexeme.casing = uppers == 0 ? .lower : .mixedLower
    }
    return lexeme
  }

  /// ASCII stand-ins for typographic punctuation, as (byte, repeat count).
  @inline(__always)
  private static func asciiReplacement(_ scalar: UInt32) -> (byte: UInt8, count: Int)? {
    switch scalar {
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC: (UInt8(ascii: "'"), 1)
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: (UInt8(ascii: "\""), 1)
    case 0x2010...0x2015, 0x2212: (UInt8(ascii: "-"), 1)
    case 0x2026: (UInt8(ascii: "."), 3)
    default: nil
    }
  }
}
