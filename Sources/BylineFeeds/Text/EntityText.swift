/// Decodes character references left in plain-text fields by feeds that
/// escape twice (`&amp;#8217;` arrives as `&#8217;`).
///
/// Only complete references are decoded: numeric ones and a few common
/// names. The result is plain text, so nothing here can create markup.
enum EntityText {
  private static let xmlNames: [Substring: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
  ]

  /// `text` with complete character references decoded, once.
  static func decode(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var result = ""
    var rest = Substring(text)
    while let ampersand = rest.firstIndex(of: "&") {
      result += rest[..<ampersand]
      let afterAmpersand = rest.index(after: ampersand)
      let candidate = rest[afterAmpersand...].prefix(12)
      if let semicolon = candidate.firstIndex(of: ";"),
        let decoded = reference(rest[afterAmpersand..<semicolon])
      {
        result += decoded
        rest = rest[rest.index(after: semicolon)...]
      } else {
        result += "&"
        rest = rest[afterAmpersand...]
      }
    }
    return result + rest
  }

  private static func reference(_ name: Substring) -> String? {
    if let value = xmlNames[name] { return value }
    if let codePoint = HTMLEntities.codePoints[String(name)], let scalar = Unicode.Scalar(codePoint)
    {
      return String(Character(scalar))
    }
    guard name.first == "#" else { return nil }
    let digits = name.dropFirst()
    let number: UInt32?
    if let first = digits.first, first == "x" || first == "X" {
      number = UInt32(digits.dropFirst(), radix: 16)
    } else {
      number = UInt32(digits, radix: 10)
    }
    guard let number, number != 0, let scalar = Unicode.Scalar(number) else { return nil }
    return String(Character(scalar))
  }
}
