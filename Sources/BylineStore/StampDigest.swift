/// An order-independent digest of a set of article files: how many, and the
/// wrapping sum of a 64-bit hash of each id, size and modification time.
///
/// Two equal digests mean the same files with the same stamps (a false match
/// needs a 64-bit collision; the data compared is derived and re-checkable).
/// Lets the reader compare the index with the entity cache in two streamed
/// passes, without a list or set of 100,000 ids.
struct StampDigest: Equatable {
  private(set) var count = 0
  private(set) var sum: UInt64 = 0

  /// Adds one file: its id's UTF-8 bytes, size and modification time.
  mutating func add(
    _ id: some Sequence<UInt8>, size: Int64, modificationTime: Double
  ) {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in id { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    hash = Self.mix(hash ^ UInt64(bitPattern: size))
    hash = Self.mix(hash ^ modificationTime.bitPattern)
    count += 1
    sum &+= hash
  }

  /// The SplitMix64 finalizer: every input bit affects every output bit.
  private static func mix(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
