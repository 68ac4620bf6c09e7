/// A small SHA-256 (FIPS 180-4), used only to derive article ids from content.
///
/// BylineStore has no crypto dependency; this is not used for security, only
/// for a stable, well-spread content hash.
struct SHA256 {
  /// The round constants (FIPS 180-4, 4.2.2).
  static let k: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]

  /// The 32-byte digest of `message`.
  static func hash<Bytes: Sequence<UInt8>>(_ message: Bytes) -> [UInt8] {
    if let digest = message.withContiguousStorageIfAvailable({ hash(bytes: $0) }) { return digest }
    return Array(message).withUnsafeBufferPointer { hash(bytes: $0) }
  }

  /// The digest of contiguous bytes: whole blocks straight from `bytes`, then
  /// the padded tail (one or two blocks) from a small buffer.
  static func hash(bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var state = State()
    let whole = bytes.count / 64 * 64
    if let base = bytes.baseAddress {
      var offset = 0
      while offset < whole {
        state.compress(base + offset)
        offset += 64
      }
    }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
      guard let tailBase = tail.baseAddress else { return }
      tail.initialize(repeating: 0)
      let rest = bytes.count - whole
      if rest > 0, let base = bytes.baseAddress {
        tailBase.update(from: base + whole, count: rest)
      }
      tail[rest] = 0x80
      let blocks = rest < 56 ? 1 : 2
      let bitLength = UInt64(bytes.count) &* 8
      for index in 0..<8 {
        tail[blocks * 64 - 1 - index] = UInt8(truncatingIfNeeded: bitLength >> UInt64(8 * index))
      }
      for block in 0..<blocks { state.compress(tailBase + block * 64) }
    }
    return state.digest
  }

  /// The eight working words, updated one 64-byte block at a time.
  private struct State {
    var h0: UInt32 = 0x6a09_e667
    var h1: UInt32 = 0xbb67_ae85
    var h2: UInt32 = 0x3c6e_f372
    var h3: UInt32 = 0xa54f_f53a
    var h4: UInt32 = 0x510e_527f
    var h5: UInt32 = 0x9b05_688c
    var h6: UInt32 = 0x1f83_d9ab
    var h7: UInt32 = 0x5be0_cd19

    var digest: [UInt8] {
      [h0, h1, h2, h3, h4, h5, h6, h7].flatMap { word in
        (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * $0)) }
      }
    }

    mutating func compress(_ block: UnsafePointer<UInt8>) {
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
        guard let w = schedule.baseAddress else { return }
        for i in 0..<16 {
          let j = block + i &* 4
          (w + i).initialize(
            to: UInt32(j[0]) << 24 | UInt32(j[1]) << 16 | UInt32(j[2]) << 8 | UInt32(j[3]))
        }
        for i in 16..<64 {
          let s0 = rotr(w[i &- 15], 7) ^ rotr(w[i &- 15], 18) ^ (w[i &- 15] >> 3)
          let s1 = rotr(w[i &- 2], 17) ^ rotr(w[i &- 2], 19) ^ (w[i &- 2] >> 10)
          (w + i).initialize(to: w[i &- 16] &+ s0 &+ w[i &- 7] &+ s1)
        }
        var (a, b, c, d, e, f, g, hh) = (h0, h1, h2, h3, h4, h5, h6, h7)
        SHA256.k.withUnsafeBufferPointer { k in
          for i in 0..<64 {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let choice = (e & f) ^ (~e & g)
            let t1 = hh &+ s1 &+ choice &+ k[i] &+ w[i]
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ majority
            (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
          }
        }
        h0 = h0 &+ a
        h1 = h1 &+ b
        h2 = h2 &+ c
        h3 = h3 &+ d
        h4 = h4 &+ e
        h5 = h5 &+ f
        h6 = h6 &+ g
        h7 = h7 &+ hh
      }
    }
  }

  /// The digest of `message` as lowercase hexadecimal.
  static func hex<Bytes: Sequence<UInt8>>(_ message: Bytes) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    for byte in hash(message) {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0xF)])
    }
    return String(decoding: out, as: UTF8.self)
  }

}

/// `x` rotated right by `n` bits.
@inline(__always)
private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { x >> n | x << (32 &- n) }
