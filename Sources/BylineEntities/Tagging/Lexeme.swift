/// The hashed lexical view of one token: everything the features need.
struct Lexeme: Equatable {
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
