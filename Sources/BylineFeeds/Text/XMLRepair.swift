/// Repairs the most common ways real feeds break XML, before a second
/// parse: bare `&` (as in `Q&A` or `?a=1&b=2`), HTML entities such as
/// `&nbsp;` that XML does not declare, and whitespace before the XML
/// declaration; XML's own named entities become numeric references.
///
/// Works on the raw bytes of ASCII-compatible encodings (UTF-8, ISO-8859-x,
/// Windows-125x, Shift_JIS, EUC, GB2312, Big5: none uses `&` or `;` inside a
/// multi-byte character); UTF-16 and UTF-32 are left alone. CDATA sections
/// and comments are copied unchanged.
enum XMLRepair {
  /// The repaired bytes, or nil when nothing needed repair or the encoding
  /// is not ASCII-compatible.
  static func repaired(_ bytes: [UInt8]) -> [UInt8]? {
    if bytes.prefix(4).contains(0) { return nil }
    if bytes.count >= 2,
      (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE)
    {
      return nil
    }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 16)
    var changed = false
    var index = 0
    // Whitespace before the XML declaration makes the declaration an error.
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    if bytes.starts(with: bom) {
      output += bom
      index = 3
    }
    var start = index
    while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
    if start > index, bytes[start...].starts(with: Array("<?xml".utf8)) {
      index = start
      changed = true
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "<"), let end = skipVerbatim(bytes, from: index) {
        output += bytes[index..<end]
        index = end
        continue
      }
      guard byte == UInt8(ascii: "&") else {
        output.append(byte)
        index += 1
        continue
      }
      let (replacement, length) = reference(bytes, at: index)
      if let replacement {
        output += replacement
        changed = true
      } else {
        output += bytes[index..<index + length]
      }
      index += length
    }
    return changed ? output : nil
  }

  /// The end of a CDATA section or comment starting at `index`.
  private static func skipVerbatim(_ bytes: [UInt8], from index: Int) -> Int? {
    for (open, close) in [("<![CDATA[", "]]>"), ("<!--", "-->")] {
      let openBytes = Array(open.utf8)
      guard bytes[index...].starts(with: openBytes) else { continue }
      let closeBytes = Array(close.utf8)
      var cursor = index + openBytes.count
      while cursor + closeBytes.count <= bytes.count {
        if bytes[cursor] == closeBytes[0], bytes[cursor...].starts(with: closeBytes) {
          return cursor + closeBytes.count
        }
        cursor += 1
      }
      return bytes.count
    }
    return nil
  }

  /// What to write for the `&` at `index` (nil: keep the original bytes)
  /// and how many input bytes that covers.
  private static func reference(_ bytes: [UInt8], at index: Int) -> ([UInt8]?, Int) {
    var cursor = index + 1
    while cursor < bytes.count, cursor - index <= 32, isNameByte(bytes[cursor]) { cursor += 1 }
    guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";"), cursor > index + 1 else {
      return (Array("&amp;".utf8), 1)
    }
    let name = String(decoding: bytes[(index + 1)..<cursor], as: UTF8.self)
    let length = cursor + 1 - index
    if name.hasPrefix("#") { return (nil, length) }
    if let codePoint = predefined[name] { return (Array("&#\(codePoint);".utf8), length) }
    if let codePoint = HTMLEntities.codePoints[name] {
      return (Array("&#\(codePoint);".utf8), length)
    }
    return (nil, length)
  }

  /// XML's own entities, written as character references: once libxml2 has
  /// recovered from an error it drops named references, even `&amp;`, but
  /// keeps numeric ones.
  private static let predefined: [String: Int] = [
    "amp": 38, "lt": 60, "gt": 62, "quot": 34, "apos": 39,
  ]

  private static func isNameByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
      || (byte >= 0x61 && byte <= 0x7A)
      || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: ".")
  }
}
