/// Interns search terms by their bytes: an open-addressing hash table over one byte arena.
///
/// Indexing looks up every token of every article here, so it avoids
/// creating a `String` per token: a token is hashed (FNV-1a) and compared
/// straight from the tokenizer's buffer.
struct SearchTermTable {
  private var arena: [UInt8] = []
  private var starts: [UInt32] = []
  private var lengths: [UInt8] = []
  private var hashes: [UInt64] = []
  /// Term numbers (+1; 0 is empty), capacity a power of two.
  private var slots = [Int32](repeating: 0, count: 1024)

  var count: Int { starts.count }

  /// The number of `term`, adding it when new.
  mutating func number(of term: UnsafeBufferPointer<UInt8>) -> Int {
    let hash = Self.hash(term)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let stored = Int(slots[slot])
      if stored == 0 { break }
      let candidate = stored - 1
      if hashes[candidate] == hash && equals(candidate, term) { return candidate }
      slot = (slot + 1) & mask
    }
    let number = starts.count
    starts.append(UInt32(arena.count))
    lengths.append(UInt8(truncatingIfNeeded: term.count))
    hashes.append(hash)
    arena.append(contentsOf: term)
    slots[slot] = Int32(number + 1)
    if starts.count * 2 > slots.count { grow() }
    return number
  }

  /// The number of `term` (as bytes), adding it when new.
  mutating func number(of term: [UInt8]) -> Int {
    term.withUnsafeBufferPointer { number(of: $0) }
  }

  /// The bytes of term `number`.
  func term(_ number: Int) -> ArraySlice<UInt8> {
    let start = Int(starts[number])
    return arena[start..<start + Int(lengths[number])]
  }

  /// Term numbers in byte order of their terms.
  func sortedNumbers() -> [Int] {
    arena.withUnsafeBufferPointer { bytes in
      (0..<count).sorted { a, b in
        let x = UnsafeBufferPointer(
          rebasing: bytes[Int(starts[a])..<Int(starts[a]) + Int(lengths[a])])
        let y = UnsafeBufferPointer(
          rebasing: bytes[Int(starts[b])..<Int(starts[b]) + Int(lengths[b])])
        return x.lexicographicallyPrecedes(y)
      }
    }
  }

  private func equals(_ number: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
    guard Int(lengths[number]) == term.count else { return false }
    let start = Int(starts[number])
    return arena.withUnsafeBufferPointer { bytes in
      for offset in 0..<term.count where bytes[start + offset] != term[offset] { return false }
      return true
    }
  }

  private mutating func grow() {
    var larger = [Int32](repeating: 0, count: slots.count * 2)
    let mask = larger.count - 1
    for (number, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while larger[slot] != 0 { slot = (slot + 1) & mask }
      larger[slot] = Int32(number + 1)
    }
    slots = larger
  }

  /// FNV-1a over the bytes, then a final mix so the low bits spread.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    hash ^= hash >> 29
    return hash &* 0xBF58_476D_1CE4_E5B9
  }
}
