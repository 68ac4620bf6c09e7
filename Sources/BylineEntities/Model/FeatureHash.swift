/// Hashing primitives shared by the lexical analyser and the feature extractor.
///
/// FNV-1a accumulates bytes; a SplitMix64 finaliser turns a (template, value)
/// pair into a well-mixed 64-bit feature hash whose top bits pick a weight row.
enum FeatureHash {
  /// The FNV-1a 64-bit offset basis: the hash of the empty byte string.
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

  /// Feeds one byte into an FNV-1a hash.
  @inline(__always)
  static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
  }

  /// The SplitMix64 finaliser: a bijective avalanche mix.
  @inline(__always)
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9e37_79b9_7f4a_7c15
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }

  /// Combines two hashes, order-sensitively.
  @inline(__always)
  static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
    mix(a &* 0x0000_0100_0000_01b3 ^ b)
  }

  /// The hash of a small integer value (a tag, a category, a flag set).
  @inline(__always)
  static func small(_ value: Int) -> UInt64 {
    mix(UInt64(truncatingIfNeeded: value) &+ 0x5151_5151)
  }

  /// FNV-1a over a byte range.
  static func bytes(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var hash = seed
    for index in range { hash = add(hash, buffer[index]) }
    return hash
  }

  /// FNV-1a over the UTF-8 bytes of a string (used off the hot path).
  static func string(_ text: String) -> UInt64 {
    var hash = seed
    for byte in text.utf8 { hash = add(hash, byte) }
    return hash
  }
}

/// A seeded SplitMix64 generator, for reproducible training shuffles.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }

  /// A Fisher–Yates shuffle that depends only on the seed, not on the stdlib.
  mutating func shuffle<T>(_ array: inout [T]) {
    guard array.count > 1 else { return }
    for index in stride(from: array.count - 1, to: 0, by: -1) {
      let other = Int(next() % UInt64(index + 1))
      array.swapAt(index, other)
    }
  }
}
