/// Validation of ids that come from outside the store.
///
/// An id is also a file name, so only ids of exactly `length` characters from
/// `[0-9a-z]` are accepted: nothing with `/`, `.`, NUL, a leading `-` or an
/// unbounded length can ever become a path.
extension ArticleID {
  /// The number of characters in an id: 20 hex digits (80 bits of SHA-256).
  public static let length = 20

  /// Whether `raw` has the form of an id the store could have made.
  public static func isValid(_ raw: String) -> Bool {
    var count = 0
    for byte in raw.utf8 {
      count += 1
      guard count <= length else { return false }
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"): continue
      default: return false
      }
    }
    return count == length
  }

  /// Parses an id from outside the store (a command line, a journal line).
  ///
  /// - Throws: `StoreError.invalidID` unless `raw` is exactly `length` characters of `[0-9a-z]`.
  public init(validating raw: String) throws(StoreError) {
    guard Self.isValid(raw) else { throw StoreError.invalidID(raw) }
    self.init(raw)
  }

  /// The id's file name in `articles/`.
  var fileName: String { rawValue + ".txt" }

  /// The id whose file name is `name`, if `name` is an article file name.
  init?(fileName name: String) {
    guard name.hasSuffix(".txt") else { return nil }
    let stem = String(name.dropLast(4))
    guard Self.isValid(stem) else { return nil }
    self.init(stem)
  }
}
