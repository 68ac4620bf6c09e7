import Foundation

/// The entry point for fuzzing the article header parser and import preparation.
///
/// A libFuzzer harness (built by `Scripts/fuzz.sh` with `swiftc -sanitize=fuzzer`)
/// calls ``violations(_:)`` from `LLVMFuzzerTestOneInput` and traps on the first
/// (never crashing is the first property); the property tests call it on random
/// and mutated headers.
public enum HeaderFuzzing {
  /// Inputs longer than this are cut: the parser is linear, and long inputs only slow fuzzing.
  static let maxInputBytes = 65_536

  /// The properties that `bytes`, decoded as UTF-8 (invalid bytes replaced), break.
  ///
  /// - A parsed file, rendered and parsed again, is stable: a second
  ///   render → parse changes nothing (the first may only normalise line
  ///   separators and blanks inside header values).
  /// - Rendering never lets a header value start another header line.
  /// - An article prepared for the store reads back with the same title and
  ///   body, so the file on disk is the article that was imported.
  public static func violations(_ bytes: [UInt8]) -> [String] {
    let text = String(decoding: bytes.prefix(maxInputBytes), as: UTF8.self)
    var found: [String] = []
    let parsed = ArticleFile.parse(text)
    let once = ArticleFile.parse(parsed.render())
    let twice = ArticleFile.parse(once.render())
    if once != twice { found.append("render → parse is not stable: \(once) became \(twice)") }
    let fields = parsed.header.filter { if case .field = $0 { true } else { false } }.count
    let reparsedFields = once.header.filter { if case .field = $0 { true } else { false } }.count
    if reparsedFields != fields {
      found.append(
        "rendering changed the number of header fields from \(fields) to \(reparsedFields)")
    }
    for kind in [ImportKind.text, .markdown, .automatic] {
      let now = Date(timeIntervalSince1970: 1_700_000_000)
      guard let prepared = try? ArticlePreparation.prepare(text, name: "fuzz", kind: kind, now: now)
      else { continue }
      let stored = ArticleFile.parse(prepared.file.render())
      if stored.title != prepared.file.title || stored.body != prepared.file.body {
        found.append(
          "a prepared \(kind) article reads back differently: \(prepared.file) became \(stored)")
      }
    }
    return found
  }
}
