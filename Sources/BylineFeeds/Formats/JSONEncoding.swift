import Foundation

/// RFC 8259 encoding detection: JSON may arrive as UTF-8, UTF-16 or UTF-32,
/// with or without a byte order mark.
enum JSONEncoding {
  /// The text as UTF-8 bytes, or nil when it does not start like a JSON object.
  static func utf8(_ bytes: [UInt8]) -> [UInt8]? {
    let (encoding, skip) = detect(bytes)
    var result: [UInt8]
    if encoding == .utf8 {
      result = Array(bytes.dropFirst(skip))
    } else {
      guard let text = String(data: Data(bytes.dropFirst(skip)), encoding: encoding) else {
        return nil
      }
      result = Array(text.utf8)
    }
    let first = result.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
    return first == UInt8(ascii: "{") ? result : nil
  }

  private static func detect(_ b: [UInt8]) -> (String.Encoding, Int) {
    let n = b.count
    if n >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return (.utf8, 3) }
    if n >= 4, b[0] == 0, b[1] == 0, b[2] == 0xFE, b[3] == 0xFF { return (.utf32BigEndian, 4) }
    if n >= 4, b[0] == 0xFF, b[1] == 0xFE, b[2] == 0, b[3] == 0 {
      return (.utf32LittleEndian, 4)
    }
    if n >= 2, b[0] == 0xFE, b[1] == 0xFF { return (.utf16BigEndian, 2) }
    if n >= 2, b[0] == 0xFF, b[1] == 0xFE { return (.utf16LittleEndian, 2) }
    if n >= 4, b[0] == 0, b[1] == 0, b[2] == 0 { return (.utf32BigEndian, 0) }
    if n >= 4, b[1] == 0, b[2] == 0, b[3] == 0 { return (.utf32LittleEndian, 0) }
    if n >= 2, b[0] == 0 { return (.utf16BigEndian, 0) }
    if n >= 2, b[1] == 0 { return (.utf16LittleEndian, 0) }
    return (.utf8, 0)
  }
}
