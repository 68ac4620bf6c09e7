import Foundation

/// Finds the line numbers of tables and keys in TOML text, for error messages
/// (TOMLKit reports positions only for syntax errors).
struct TOMLLines {
  private let lines: [Substring]

  init(_ text: String) {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false)
  }

  /// The 1-based line of `[name]`.
  func line(ofTable name: String) -> Int? {
    lines.firstIndex { stripped($0) == "[\(name)]" }.map { $0 + 1 }
  }

  /// The 1-based line where `key =` appears inside `[table]` (or at top level).
  func line(ofKey key: String, inTable table: String?) -> Int? {
    var current: String? = nil
    for (index, raw) in lines.enumerated() {
      let line = stripped(raw)
      if line.hasPrefix("[") {
        current = String(line.dropFirst().dropLast())
        continue
      }
      guard current == table else { continue }
      if line.hasPrefix(key) {
        let rest = line.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
        if rest.hasPrefix("=") { return index + 1 }
      }
    }
    return nil
  }

  private func stripped(_ line: Substring) -> String {
    var text = line
    if let hash = text.firstIndex(of: "#") { text = text[..<hash] }
    return text.trimmingCharacters(in: .whitespaces)
  }
}
