/// Pass-1 features whose inputs take few values, hashed in advance.
///
/// Position and casing, document casing and sentence kind, and gazetteer
/// categories (below 512, or 999 at a sentence edge) are each hashed once
/// for every value; any other input is hashed as before, so the values are
/// always exactly `FeatureExtractor.feature`'s.
struct SmallPass1Features: Sendable {
  /// Categories below this are tabulated (`GazetteerCounts.category` is 9 bits).
  private static let categories = 512

  private let positionCasings: [UInt64]
  private let documentCasings: [UInt64]
  /// Templates 25, 26 and 27, `categories + 1` values each (the last for 999).
  private let gazetteers: [UInt64]

  static let shared = SmallPass1Features()

  private init() {
    positionCasings = (0..<UInt64(3)).flatMap { position in
      (0..<UInt64(8)).map { FeatureExtractor.feature(22, position << 8 | $0) }
    }
    var documentCasings: [UInt64] = []
    for docCasing in 0..<UInt64(8) {
      for kind in 0..<UInt64(4) {
        for first in 0..<UInt64(2) {
          for casing in 0..<UInt64(8) {
            documentCasings.append(
              FeatureExtractor.feature(24, docCasing << 16 | kind << 8 | first << 4 | casing))
          }
        }
      }
    }
    self.documentCasings = documentCasings
    let values = (0..<UInt64(Self.categories)).map { $0 } + [999]
    gazetteers = [UInt64(25), 26, 27].flatMap { template in
      values.map { FeatureExtractor.feature(template, $0) }
    }
  }

  /// `feature(22, position << 8 | casing)`.
  @inline(__always)
  func positionCasing(_ position: UInt64, _ casing: UInt64) -> UInt64 {
    guard position < 3, casing < 8 else {
      return FeatureExtractor.feature(22, position << 8 | casing)
    }
    return positionCasings[Int(position &* 8 &+ casing)]
  }

  /// `feature(24, docCasing << 16 | kind << 8 | first << 4 | casing)`.
  @inline(__always)
  func documentCasing(
    _ docCasing: UInt64, _ kind: UInt64, _ first: UInt64, _ casing: UInt64
  ) -> UInt64 {
    guard docCasing < 8, kind < 4, first < 2, casing < 8 else {
      return FeatureExtractor.feature(24, docCasing << 16 | kind << 8 | first << 4 | casing)
    }
    return documentCasings[Int(((docCasing &* 4 &+ kind) &* 2 &+ first) &* 8 &+ casing)]
  }

  /// `feature(template, category)` for template 25, 26 or 27.
  @inline(__always)
  func gazetteer(_ template: UInt64, _ category: UInt64) -> UInt64 {
    let slot =
      category < UInt64(Self.categories) ? Int(category) : category == 999 ? Self.categories : -1
    guard slot >= 0, template >= 25, template <= 27 else {
      return FeatureExtractor.feature(template, category)
    }
    return gazetteers[Int(template &- 25) &* (Self.categories &+ 1) &+ slot]
  }
}
