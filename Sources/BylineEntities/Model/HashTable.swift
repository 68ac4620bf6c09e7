/// A small open-addressing map from non-zero 64-bit hashes to values.
///
/// Faster than `Dictionary` for the tagger's lookups and iteration-order free:
/// nothing ever iterates it, so it cannot leak hash-seed nondeterminism.
struct HashTable<Value> {
  private var keys: [UInt64]
  private var values: [Value]
  private let mask: Int
  private(set) var count = 0
  private let empty: Value

  /// Creates a table sized for about `capacity` keys.
  init(capacity: Int, empty: Value) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = [UInt64](repeating: 0, count: size)
    values = [Value](repeating: empty, count: size)
    mask = size - 1
    self.empty = empty
  }

  @inline(__always)
  private static func normalized(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

  /// The value for `key`, or the empty value.
  @inline(__always)
  func value(for rawKey: UInt64) -> Value {
    let key = Self.normalized(rawKey)
    var slot = Int(truncatingIfNeeded: key >> 17) & mask
    while true {
      let stored = keys[slot]
      if stored == key { return values[slot] }
      if stored == 0 { return empty }
      slot = (slot + 1) & mask
    }
  }

  /// Updates the value for `key` in place, inserting the empty value first.
  @inline(__always)
  mutating func update(_ rawKey: UInt64, _ body: (inout Value) -> Void) {
    let key = Self.normalized(rawKey)
    var slot = Int(truncatingIfNeeded: key >> 17) & mask
    while true {
      let stored = keys[slot]
      if stored == key { break }
      if stored == 0 {
        if (count + 1) * 2 > keys.count {
          grow()
          update(rawKey, body)
          return
        }
        keys[slot] = key
        count += 1
        break
      }
      slot = (slot + 1) & mask
    }
    body(&values[slot])
  }

  private mutating func grow() {
    var bigger = HashTable(capacity: keys.count, empty: empty)
    for slot in keys.indices where keys[slot] != 0 {
      let value = values[slot]
      bigger.update(keys[slot]) { $0 = value }
    }
    self = bigger
  }
}
extension HashTable: Sendable where Value: Sendable {}
