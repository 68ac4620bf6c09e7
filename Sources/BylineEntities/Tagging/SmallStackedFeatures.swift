/// The pass-2 features whose inputs take few values, hashed in advance.
///
/// Their inputs are labels, majorities, casings and type sets, each hashed
/// once for every value: a token then looks six of its ten features up
/// instead of hashing them. Any input outside the tables is hashed as
/// before, so the values are always exactly `FeatureExtractor.feature`'s.
struct SmallStackedFeatures: Sendable {
  /// A label (`0..<BILOU.count`) or the sentence-edge marker 99 as a table index.
  private static let labelSlots = BILOU.count + 1
  /// A majority (`0..<16`) or 99 as a table index.
  private static let majoritySlots = 17

  private let labels: [UInt64]
  private let pairs: [UInt64]
  private let histories: [UInt64]
  private let majorityCasings: [UInt64]
  private let presences: [UInt64]
  private let majorityPairs: [UInt64]

  static let shared = SmallStackedFeatures()

  private init() {
    let labelValues = (0..<UInt64(BILOU.count)).map { $0 } + [99]
    let majorityValues = (0..<UInt64(16)).map { $0 } + [99]
    labels = labelValues.map { FeatureExtractor.feature(50, $0) }
    pairs = labelValues.flatMap { previous in
      labelValues.map { FeatureExtractor.feature(51, previous << 8 | $0) }
    }
    histories = labelValues.flatMap { previous2 in
      labelValues.map { FeatureExtractor.feature(56, previous2 << 8 | $0) }
    }
    majorityCasings = (0..<UInt64(16)).flatMap { majority in
      (0..<UInt64(8)).map { FeatureExtractor.feature(52, majority << 8 | $0) }
    }
    presences = (0..<UInt64(32)).map { FeatureExtractor.feature(53, $0) }
    majorityPairs = majorityValues.flatMap { previous in
      majorityValues.map { FeatureExtractor.feature(57, previous << 8 | $0) }
    }
  }

  @inline(__always)
  private static func labelSlot(_ value: UInt64) -> Int? {
    value < UInt64(BILOU.count) ? Int(value) : value == 99 ? BILOU.count : nil
  }

  @inline(__always)
  private static func majoritySlot(_ value: UInt64) -> Int? {
    value < 16 ? Int(value) : value == 99 ? 16 : nil
  }

  /// `feature(50, label)`.
  @inline(__always)
  func label(_ label: UInt64) -> UInt64 {
    guard let slot = Self.labelSlot(label) else { return FeatureExtractor.feature(50, label) }
    return labels[slot]
  }

  /// `feature(51, previous << 8 | next)`.
  @inline(__always)
  func neighbours(_ previous: UInt64, _ next: UInt64) -> UInt64 {
    guard let first = Self.labelSlot(previous), let second = Self.labelSlot(next) else {
      return FeatureExtractor.feature(51, previous << 8 | next)
    }
    return pairs[first &* Self.labelSlots &+ second]
  }

  /// `feature(56, previous2 << 8 | previous)`.
  @inline(__always)
  func history(_ previous2: UInt64, _ previous: UInt64) -> UInt64 {
    guard let first = Self.labelSlot(previous2), let second = Self.labelSlot(previous) else {
      return FeatureExtractor.feature(56, previous2 << 8 | previous)
    }
    return histories[first &* Self.labelSlots &+ second]
  }

  /// `feature(52, majority << 8 | casing)`.
  @inline(__always)
  func majorityCasing(_ majority: UInt64, _ casing: UInt64) -> UInt64 {
    guard majority < 16, casing < 8 else {
      return FeatureExtractor.feature(52, majority << 8 | casing)
    }
    return majorityCasings[Int(majority &* 8 &+ casing)]
  }

  /// `feature(53, presence)`.
  @inline(__always)
  func presence(_ presence: UInt64) -> UInt64 {
    guard presence < 32 else { return FeatureExtractor.feature(53, presence) }
    return presences[Int(presence)]
  }

  /// `feature(57, previousMajority << 8 | nextMajority)`.
  @inline(__always)
  func majorities(_ previous: UInt64, _ next: UInt64) -> UInt64 {
    guard let first = Self.majoritySlot(previous), let second = Self.majoritySlot(next) else {
      return FeatureExtractor.feature(57, previous << 8 | next)
    }
    return majorityPairs[first &* Self.majoritySlots &+ second]
  }
}
