/// Computes `Lexeme`s from token bytes without allocating per token.
///
/// Curly quotes become ASCII quotes, en and em dashes become `-` and `…`
/// becomes `...`, so raw text looks like the CoNLL training data. Prefix,
/// suffix and hyphen-part hashes are taken from running hashes and a window
/// of the last four lowercase bytes, so nothing is buffered.
struct LexicalAnalyzer {
  init() {}

  /// The running hashes and counts of one token (a struct, not captured
  /// locals: nested functions that mutate captured variables box them and
  /// check exclusivity at run time).
  private struct Running {
    var lexeme = Lexeme()
    var word = FeatureHash.seed
    var lower = FeatureHash.seed
    var shape = FeatureHash.seed
    /// The lowercase bytes since the last ASCII hyphen.
    var afterHyphen = FeatureHash.seed
    /// The last four lowercase bytes, the latest in the low byte.
    var tail: UInt32 = 0
    /// Lowercase bytes so far.
    var count = 0
    var lastShape: UInt8 = 0
    var run = 0

    @inline(__always)
    mutating func put(_ original: UInt8, _ folded: UInt8) {
      word = FeatureHash.add(word, original)
      lower = FeatureHash.add(lower, folded)
      afterHyphen = FeatureHash.add(afterHyphen, folded)
      tail = tail &<< 8 | UInt32(folded)
      count &+= 1
      switch count {
      case 1: lexeme.prefix1 = lower
      case 2: lexeme.prefix2 = lower
      case 3: lexeme.prefix3 = lower
      case 4: lexeme.prefix4 = lower
      default: break
      }
    }

    @inline(__always)
    mutating func shapeChar(_ symbol: UInt8) {
      if symbol == lastShape {
        run &+= 1
        if run > 2 { return }
      } else {
        lastShape = symbol
        run = 1
      }
      shape = FeatureHash.add(shape, symbol)
    }
  }

  /// Analyses the token `start..<end` of `bytes` into `target` (uninitialized).
  ///
  /// Written in place rather than returned: copying a freshly built
  /// 112-byte value stalls on store forwarding.
  func analyze(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
    into target: UnsafeMutablePointer<Lexeme>
  ) {
    if !analyzeASCII(bytes, start, end, into: target) {
      target.initialize(to: analyzeAny(bytes, start, end))
    }
  }

  /// `analyzeAny` for a token of ASCII bytes only (nearly all of them):
  /// one byte in, one lowercase byte out, so prefixes need no per-byte
  /// bookkeeping and classes need no decoding.
  ///
  /// - Returns: false, leaving `target` uninitialized, when the token has a
  ///   non-ASCII byte (found in the same pass, not by a scan before it).
  private func analyzeASCII(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
    into target: UnsafeMutablePointer<Lexeme>
  ) -> Bool {
    let seed = FeatureHash.seed
    var word = seed
    var lower = seed
    var shape = seed
    var hyphenFirst: UInt64 = 0
    var tail: UInt32 = 0
    var lastShape: UInt8 = 0
    var run = 0
    var letters = 0
    var uppers = 0
    var upperAfterLower = false
    var seenLower = false
    var hasDigit = false
    var firstHyphen = -1
    var lastHyphen = -1
    var high: UInt8 = 0
    // Branch-free apart from the rare hyphen: letter classes change within
    // a word (`The`), so branching on them mispredicts.
    for index in start..<end {
      let byte = bytes[index]
      high |= byte
      let isUpper = byte &- 65 < 26
      let isLower = byte &- 97 < 26
      let isDigit = byte &- 48 < 10
      let folded = isUpper ? byte | 0x20 : byte
      let symbol =
        isUpper
        ? UInt8(ascii: "X") : isLower ? UInt8(ascii: "x") : isDigit ? UInt8(ascii: "d") : byte
      letters &+= isUpper || isLower ? 1 : 0
      uppers &+= isUpper ? 1 : 0
      upperAfterLower = upperAfterLower || (isUpper && seenLower)
      seenLower = seenLower || isLower
      hasDigit = hasDigit || isDigit
      let isHyphen = byte == UInt8(ascii: "-")
      if isHyphen {
        let position = index &- start
        if firstHyphen < 0 {
          firstHyphen = position
          hyphenFirst = lower
        }
        lastHyphen = position
      }
      word = FeatureHash.add(word, byte)
      lower = FeatureHash.add(lower, folded)
      tail = tail &<< 8 | UInt32(folded)
      // The shape repeats a symbol at most twice in a row.
      run = symbol == lastShape ? run &+ 1 : 1
      lastShape = symbol
      let extended = FeatureHash.add(shape, symbol)
      shape = run <= 2 ? extended : shape
    }
    guard high < 0x80 else { return false }
    let count = end &- start
    // Prefixes: the lowercase hash after the first one to four bytes (the
    // whole word's when shorter). Straight-line selects, not a loop and a
    // switch on the offset: word lengths vary, so branching mispredicts.
    var prefixes = (lower, lower, lower, lower)
    if count > 0 {
      let last = count &- 1
      let first = FeatureHash.add(seed, Self.folded(bytes[start]))
      let second = FeatureHash.add(first, Self.folded(bytes[start &+ min(1, last)]))
      let third = FeatureHash.add(second, Self.folded(bytes[start &+ min(2, last)]))
      let fourth = FeatureHash.add(third, Self.folded(bytes[start &+ min(3, last)]))
      prefixes = (
        first, count >= 2 ? second : lower, count >= 3 ? third : lower, count >= 4 ? fourth : lower
      )
    }
    let suffixes = Self.suffixes(count: count, tail: tail)
    let hyphenated = firstHyphen > 0 && lastHyphen < count - 1
    // The lowercase bytes after the last hyphen, hashed only for the rare
    // hyphenated token (not as a fourth running hash of every byte).
    var afterHyphen = seed
    if hyphenated {
      for index in (start &+ lastHyphen &+ 1)..<end {
        afterHyphen = FeatureHash.add(afterHyphen, Self.folded(bytes[index]))
      }
    }
    let firstUpper = count > 0 && bytes[start] &- 65 < 26
    target.initialize(
      to: Lexeme(
        word: word, lower: lower, shape: shape, prefix1: prefixes.0, prefix2: prefixes.1,
        prefix3: prefixes.2, prefix4: prefixes.3, suffix1: suffixes.0, suffix2: suffixes.1,
        suffix3: suffixes.2, suffix4: suffixes.3, hyphenFirst: hyphenated ? hyphenFirst : 0,
        hyphenLast: hyphenated ? afterHyphen : 0,
        casing: Self.casing(
          letters: letters, uppers: uppers, digits: hasDigit, firstUpper: firstUpper,
          upperAfterLower: upperAfterLower),
        hasDigit: hasDigit, hasLetter: letters > 0))
    return true
  }

  /// An ASCII byte in lowercase.
  @inline(__always)
  private static func folded(_ byte: UInt8) -> UInt8 { byte &- 65 < 26 ? byte | 0x20 : byte }

  /// The suffix hashes (FNV-1a over the last one to four lowercase bytes,
  /// fewer if shorter) from the last four lowercase bytes (`tail`, the
  /// latest in the low byte) of `count`.
  @inline(__always)
  private static func suffixes(count: Int, tail: UInt32) -> (UInt64, UInt64, UInt64, UInt64) {
    let last = UInt8(truncatingIfNeeded: tail)
    let second = UInt8(truncatingIfNeeded: tail &>> 8)
    let third = UInt8(truncatingIfNeeded: tail &>> 16)
    let fourth = UInt8(truncatingIfNeeded: tail &>> 24)
    let seed = FeatureHash.seed
    let suffix1 = count >= 1 ? FeatureHash.add(seed, last) : seed
    let suffix2 = count >= 2 ? FeatureHash.add(FeatureHash.add(seed, second), last) : suffix1
    let suffix3 =
      count >= 3
      ? FeatureHash.add(FeatureHash.add(FeatureHash.add(seed, third), second), last) : suffix2
    let suffix4 =
      count >= 4
      ? FeatureHash.add(
        FeatureHash.add(FeatureHash.add(FeatureHash.add(seed, fourth), third), second), last)
      : suffix3
    return (suffix1, suffix2, suffix3, suffix4)
  }

  /// The casing class from letter counts.
  @inline(__always)
  private static func casing(
    letters: Int, uppers: Int, digits: Bool, firstUpper: Bool, upperAfterLower: Bool
  ) -> Lexeme.Casing {
    if letters == 0 { return digits ? .numeric : .punctuation }
    if uppers == letters { return letters == 1 ? .singleUpper : .allCaps }
    if firstUpper { return upperAfterLower ? .mixedCap : .initialCap }
    return uppers == 0 ? .lower : .mixedLower
  }

  /// The general analysis (any UTF-8); the reference `analyzeASCII` must match.
  func analyzeAny(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> Lexeme
  {
    var state = Running()
    var letters = 0
    var uppers = 0
    var firstUpper = false
    var upperAfterLower = false
    var seenLower = false
    var first = true
    var firstHyphen = -1
    var lastHyphen = -1
    var index = start

    while index < end {
      let byte = bytes[index]
      if byte < 0x80 {
        if byte >= 65 && byte <= 90 {
          letters &+= 1
          uppers &+= 1
          if first { firstUpper = true }
          if seenLower { upperAfterLower = true }
          state.put(byte, byte | 0x20)
          state.shapeChar(UInt8(ascii: "X"))
        } else if byte >= 97 && byte <= 122 {
          letters &+= 1
          seenLower = true
          state.put(byte, byte)
          state.shapeChar(UInt8(ascii: "x"))
        } else if byte >= 48 && byte <= 57 {
          state.lexeme.hasDigit = true
          state.put(byte, byte)
          state.shapeChar(UInt8(ascii: "d"))
        } else if byte == UInt8(ascii: "-") {
          if firstHyphen < 0 {
            firstHyphen = state.count
            state.lexeme.hyphenFirst = state.lower
          }
          lastHyphen = state.count
          state.put(byte, byte)
          state.afterHyphen = FeatureHash.seed
          state.shapeChar(byte)
        } else {
          state.put(byte, byte)
          state.shapeChar(byte)
        }
        index &+= 1
        first = false
        continue
      }
      let (scalar, length) = CharacterClass.decode(bytes, index, end)
      index += length
      defer { first = false }
      if let replacement = Self.asciiReplacement(scalar) {
        for _ in 0..<replacement.count {
          state.put(replacement.byte, replacement.byte)
          state.shapeChar(replacement.byte)
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
          state.put(original, foldedByte)
        }
        while originalIndex < index {
          state.word = FeatureHash.add(state.word, bytes[originalIndex])
          originalIndex += 1
        }
        state.shapeChar(UInt8(ascii: "X"))
      } else {
        let isLetter = properties?.isAlphabetic == true
        if isLetter {
          letters += 1
          seenLower = true
        }
        for offset in (index - length)..<index { state.put(bytes[offset], bytes[offset]) }
        state.shapeChar(isLetter ? UInt8(ascii: "x") : UInt8(ascii: "o"))
      }
    }

    var lexeme = state.lexeme
    let count = state.count
    let lower = state.lower
    lexeme.word = state.word
    lexeme.lower = lower
    lexeme.shape = state.shape
    lexeme.hasLetter = letters > 0
    if count < 4 { lexeme.prefix4 = lower }
    if count < 3 { lexeme.prefix3 = lower }
    if count < 2 { lexeme.prefix2 = lower }
    (lexeme.suffix1, lexeme.suffix2, lexeme.suffix3, lexeme.suffix4) = Self.suffixes(
      count: count, tail: state.tail)
    if firstHyphen > 0, lastHyphen < count - 1 {
      lexeme.hyphenLast = state.afterHyphen
    } else {
      lexeme.hyphenFirst = 0
    }
    lexeme.casing = Self.casing(
      letters: letters, uppers: uppers, digits: lexeme.hasDigit, firstUpper: firstUpper,
      upperAfterLower: upperAfterLower)
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
