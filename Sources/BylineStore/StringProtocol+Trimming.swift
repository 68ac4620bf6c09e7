extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  ///
  /// A fast replacement for Foundation's `trimmingCharacters(in: .whitespaces)`
  /// on the hot path of listing articles; header values only ever need
  /// spaces and tabs trimmed.
  var trimmingSpacesAndTabs: String {
    let utf8 = Substring(self).utf8
    guard let first = utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
    var end = utf8.endIndex
    while end > first {
      let before = utf8.index(before: end)
      guard utf8[before] == 0x20 || utf8[before] == 0x09 else { break }
      end = before
    }
    return String(decoding: utf8[first..<end], as: UTF8.self)
  }
}
