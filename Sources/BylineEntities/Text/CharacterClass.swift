/// How the tokenizer sees one Unicode scalar.
enum CharacterClass: UInt8 {
  case letter, digit, space, newline, apostrophe, hyphen, period, comma, colon
  case at, connector, dash, other

  /// Decodes the scalar at `index` (never reads past `end`).
  ///
  /// Invalid or truncated sequences decode as one byte of U+FFFD so the
  /// caller always advances.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> (
    scalar: UInt32, length: Int
  ) {
    let lead = bytes[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let length: Int
    var value: UInt32
    if lead & 0xE0 == 0xC0 {
      length = 2
      value = UInt32(lead & 0x1F)
    } else if lead & 0xF0 == 0xE0 {
      length = 3
      value = UInt32(lead & 0x0F)
    } else if lead & 0xF8 == 0xF0 {
      length = 4
      value = UInt32(lead & 0x07)
    } else {
      return (0xFFFD, 1)
    }
    guard index + length <= end else { return (0xFFFD, 1) }
    for offset in 1..<length {
      let byte = bytes[index + offset]
      guard byte & 0xC0 == 0x80 else { return (0xFFFD, 1) }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    return (value, length)
  }

  /// Classifies a scalar.
  @inline(__always)
  static func of(_ scalar: UInt32) -> CharacterClass {
    if scalar < 0x80 { return ascii(scalar) }
    return nonASCII(scalar)
  }

  /// Classifies an ASCII code.
  ///
  /// A `switch`, not a table in a `static let`: reading a global calls
  /// `swift_once` on every character.
  @inline(__always)
  private static func ascii(_ code: UInt32) -> CharacterClass {
    switch code {
    case 0x61...0x7A, 0x41...0x5A, 0x5F: .letter  // a-z, A-Z, _
    case 0x30...0x39: .digit
    case 0x0A: .newline
    case 0...0x20, 0x7F: .space
    case 0x27: .apostrophe  // '
    case 0x2D: .hyphen  // -
    case 0x2E: .period  // .
    case 0x2C: .comma  // ,
    case 0x3A: .colon  // :
    case 0x40: .at  // @
    case 0x26, 0x2F: .connector  // & /
    default: .other
    }
  }

  private static func nonASCII(_ scalar: UInt32) -> CharacterClass {
    switch scalar {
    case 0x85, 0x2028, 0x2029: return .newline
    case 0x80...0xA0, 0x1680, 0x2000...0x200F, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF:
      return .space
    case 0x2019, 0x2018, 0x02BC: return .apostrophe
    case 0x2010, 0x2011: return .hyphen
    case 0x2012...0x2015, 0x2212: return .dash
    case 0x00AB, 0x00BB, 0x00A1, 0x00BF, 0x2016...0x2017, 0x201A...0x2027, 0x2030...0x205E:
      return .other
    case 0xFFFD: return .other
    default:
      guard let value = Unicode.Scalar(scalar) else { return .other }
      let properties = value.properties
      if properties.isAlphabetic { return .letter }
      switch properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark: return .letter
      case .decimalNumber: return .digit
      default: return .other
      }
    }
  }
}
