/// The four CoNLL entity types the tagger is trained on.
///
/// The reader surfaces only `person` and `organization`; locations and
/// miscellaneous names are still learned because they sharpen the boundaries.
public enum NERType: Int, Sendable, CaseIterable, Comparable {
  case person = 0
  case organization = 1
  case location = 2
  case miscellaneous = 3

  /// The CoNLL name of the type (`PER`, `ORG`, `LOC`, `MISC`).
  public var code: String {
    switch self {
    case .person: "PER"
    case .organization: "ORG"
    case .location: "LOC"
    case .miscellaneous: "MISC"
    }
  }

  /// Parses a CoNLL type name.
  public init?(code: some StringProtocol) {
    switch code {
    case "PER": self = .person
    case "ORG": self = .organization
    case "LOC": self = .location
    case "MISC": self = .miscellaneous
    default: return nil
    }
  }

  public static func < (lhs: NERType, rhs: NERType) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// BILOU class ids used inside the tagger.
///
/// Class 0 is `O`; type `t` owns classes `1 + 4t` (Begin), `2 + 4t` (Inside),
/// `3 + 4t` (Last) and `4 + 4t` (Unit). 17 classes in all.
enum BILOU {
  static let count = 17
  static let outside: UInt8 = 0

  enum Part: Int { case begin = 0, inside, last, unit }

  @inline(__always)
  static func label(_ type: Int, _ part: Part) -> UInt8 { UInt8(1 + type * 4 + part.rawValue) }

  /// The entity type of a class, or nil for `O`.
  @inline(__always)
  static func type(of label: UInt8) -> Int? { label == 0 ? nil : Int(label - 1) / 4 }

  @inline(__always)
  static func part(of label: UInt8) -> Part? {
    label == 0 ? nil : Part(rawValue: Int(label - 1) % 4)
  }

  /// Whether `label` may follow `previous` (`outside` at a sentence start).
  @inline(__always)
  static func allowed(_ previous: UInt8, _ label: UInt8) -> Bool {
    let previousOpen = previous != 0 && (Int(previous - 1) % 4 <= 1)
    if previousOpen {
      guard label != 0 else { return false }
      let part = Int(label - 1) % 4
      return (part == 1 || part == 2) && (label - 1) / 4 == (previous - 1) / 4
    }
    if label == 0 { return true }
    let part = Int(label - 1) % 4
    return part == 0 || part == 3
  }

  /// A 17-bit mask of the labels allowed after `previous`.
  static let allowedMasks: [UInt32] = (0..<count).map { previous in
    var mask: UInt32 = 0
    for label in 0..<count where allowed(UInt8(previous), UInt8(label)) {
      mask |= 1 << UInt32(label)
    }
    return mask
  }

  /// Converts IOB2 (type, isBegin) tags of one sentence into BILOU classes.
  ///
  /// - Parameter tags: per token, nil for `O`, else the type and whether it is `B-`.
  static func fromIOB2(_ tags: [(type: Int, begin: Bool)?]) -> [UInt8] {
    var result = [UInt8](repeating: 0, count: tags.count)
    for index in tags.indices {
      guard let tag = tags[index] else { continue }
      let previousSame = index > 0 && tags[index - 1]?.type == tag.type && !tag.begin
      var nextContinues = false
      if index + 1 < tags.count, let next = tags[index + 1], next.type == tag.type, !next.begin {
        nextContinues = true
      }
      let part: Part =
        previousSame ? (nextContinues ? .inside : .last) : (nextContinues ? .begin : .unit)
      result[index] = label(tag.type, part)
    }
    return result
  }
}

extension BILOU {
  /// Every label (17 bits).
  static let allLabels: UInt32 = (1 << UInt32(count)) - 1

  /// The labels greedy decoding may choose after `previous`.
  ///
  /// Unconstrained: an entity may be cut short by a new one (`B-ORG I-ORG
  /// U-PER`); spans are read leniently. Hard transition constraints made the
  /// greedy decoder run organizations on into following names.
  @inline(__always)
  static func decodingMask(after previous: UInt8) -> UInt32 { allLabels }
}
