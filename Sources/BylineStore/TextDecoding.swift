/// Checks that imported bytes are text and decodes them.
///
/// Text means valid UTF-8 without NUL bytes. A UTF-8 byte order mark is
/// dropped. Other control characters are data and are kept; the reader
/// neutralises them on display.
enum TextDecoding {
  /// The largest file `byline import` accepts: 8 MiB.
  static let maxImportBytes = 8 << 20

  /// Decodes `bytes` named `name`, or throws why they are not importable text.
  static func decode(_ bytes: [UInt8], name: String) throws(StoreError) -> String {
    if bytes.count > maxImportBytes {
      throw StoreError.tooLarge(name: name, bytes: Int64(bytes.count), limit: maxImportBytes)
    }
    var content = bytes[...]
    if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
    if content.isEmpty { throw StoreError.empty(name: name) }
    if content.starts(with: [0xFF, 0xFE]) || content.starts(with: [0xFE, 0xFF]) {
      throw StoreError.notText(name: name, reason: "UTF-16, not UTF-8")
    }
    if let nul = content.firstIndex(of: 0) {
      throw StoreError.notText(name: name, reason: "a NUL byte at offset \(nul)")
    }
    if let text = String(validating: content, as: UTF8.self) { return text }
    var iterator = content.makeIterator()
    var decoder = UTF8()
    var offset = 0
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
      case .emptyInput:
        break loop
      case .error:
        throw StoreError.notText(name: name, reason: "invalid UTF-8 near byte \(offset)")
      }
    }
    throw StoreError.notText(name: name, reason: "invalid UTF-8")
  }
}
