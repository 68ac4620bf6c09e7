/// A fast 64-bit checksum (multiply-xor over 8-byte words) that catches damaged index files.
///
/// Not cryptographic: it guards against torn writes and bit rot, not attackers.
enum IndexChecksum {
  /// Mixes one little-endian 8-byte word into `h` (both hashes, every lane).
  @inline(__always)
  static func mixWord(_ h: UInt64, _ rawWord: UInt64) -> UInt64 {
    var mixed =
      (h ^ (UInt64(littleEndian: rawWord) &* 0xFF51_AFD7_ED55_8CCD)) &* 0xC4CE_B9FE_1A85_EC53
    mixed ^= mixed >> 31
    return mixed
  }

  /// Mixes the bytes after the last whole word into `h`, one at a time.
  static func mixTail(_ h: UInt64, _ bytes: ArraySlice<UInt8>) -> UInt64 {
    bytes.reduce(h) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
  }

  /// The last step of both hashes.
  static func finalMix(_ h: UInt64) -> UInt64 {
    (h ^ (h >> 33)) &* 0xFF51_AFD7_ED55_8CCD
  }

  static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var checksum = Incremental(length: bytes.count)
    bytes.withUnsafeBytes { checksum.update($0) }
    return checksum.finish()
  }

  /// A checksum four times as fast on long files (the index is read at every start).
  ///
  /// The same word mixing in four independent lanes, one per word of each
  /// 32-byte block, combined at the end. Words past the last whole block
  /// go through lane 0, then the last bytes one at a time.
  struct Wide {
    private var lanes: (UInt64, UInt64, UInt64, UInt64)
    /// Bytes of a block split between two pieces (under 32).
    private var carry: [UInt8] = []

    /// Starts the hash of `length` bytes in all.
    init(length: Int) {
      lanes = (
        0x9E37_79B9_7F4A_7C15 ^ UInt64(length), 0xC2B2_AE3D_27D4_EB4F,
        0x1656_67B1_9E37_79F9, 0x27D4_EB2F_1656_67C5
      )
    }

    /// The checksum of `bytes`.
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
      var checksum = Wide(length: bytes.count)
      bytes.withUnsafeBytes { checksum.update($0) }
      return checksum.finish()
    }

    mutating func update(_ raw: UnsafeRawBufferPointer) {
      var offset = 0
      if !carry.isEmpty {
        let take = min(32 - carry.count, raw.count)
        carry.append(contentsOf: raw[..<take])
        offset = take
        guard carry.count == 32 else { return }
        carry.withUnsafeBytes { block($0, at: 0) }
        carry.removeAll(keepingCapacity: true)
      }
      while offset + 32 <= raw.count {
        block(raw, at: offset)
        offset += 32
      }
      carry.append(contentsOf: raw[offset...])
    }

    private mutating func block(_ raw: UnsafeRawBufferPointer, at offset: Int) {
      lanes.0 = mixWord(lanes.0, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      lanes.1 = mixWord(lanes.1, raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
      lanes.2 = mixWord(lanes.2, raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
      lanes.3 = mixWord(lanes.3, raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
    }

    /// The hash: the carried words and bytes, then the lanes folded into one.
    mutating func finish() -> UInt64 {
      var h = lanes.0
      var offset = 0
      carry.withUnsafeBytes { raw in
        while offset + 8 <= raw.count {
          h = mixWord(h, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
          offset += 8
        }
      }
      h = mixTail(h, carry[offset...])
      carry = []
      for lane in [lanes.1, lanes.2, lanes.3] { h = mixWord(h, lane) }
      return finalMix(h)
    }
  }

  /// The same hash over bytes given in pieces (``CacheFileStream`` reads files in chunks).
  struct Incremental {
    private var h: UInt64
    /// The start of a word split between two pieces (under 8 bytes).
    private var carry: [UInt8] = []

    /// Starts the hash of `length` bytes in all.
    init(length: Int) { h = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length) }

    mutating func update(_ raw: UnsafeRawBufferPointer) {
      var offset = 0
      if !carry.isEmpty {
        while carry.count < 8, offset < raw.count {
          carry.append(raw[offset])
          offset += 1
        }
        guard carry.count == 8 else { return }
        h = mixWord(h, carry.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
        carry.removeAll(keepingCapacity: true)
      }
      while offset + 8 <= raw.count {
        h = mixWord(h, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
      }
      carry.append(contentsOf: raw[offset...])
    }

    /// The hash; the last bytes that do not fill a word are mixed in one at a time.
    mutating func finish() -> UInt64 {
      defer { carry = [] }
      return finalMix(mixTail(h, carry[...]))
    }
  }
}
