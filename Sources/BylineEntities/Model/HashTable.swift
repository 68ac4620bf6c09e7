/// A small open-addressing map from non-zero 64-bit hashes to values.
///
/// Faster than `Dictionary` for the tagger's lookups and iteration-order free:
/// nothing ever iterates it, so it cannot leak hash-seed nondeterminism.
/// Each key is stored next to its value, so a lookup in a table too big for
/// the cache (the gazetteer) misses once, not once for the key and once more
/// for the value.
struct HashTable<Value> {
  fileprivate struct Slot {
    var key: UInt64
    var value: Value
  }

  private var slots: [Slot]
  private let mask: Int
  private(set) var count = 0
  private let empty: Value

  /// Creates a table sized for about `capacity` keys.
  init(capacity: Int, empty: Value) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Slot](repeating: Slot(key: 0, value: empty), count: size)
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
      let stored = slots[slot]
      if stored.key == key { return stored.value }
      if stored.key == 0 { return empty }
      slot = (slot + 1) & mask
    }
  }

  /// The values for `keys`, exactly as `value(for:)` gives them.
  ///
  /// Every key's first slot is loaded in a branch-free loop before any is
  /// compared: in a table too big for the cache the misses then overlap
  /// instead of each waiting behind a mispredicted probe loop.
  func values(for keys: UnsafeBufferPointer<UInt64>, into output: UnsafeMutablePointer<Value>) {
    let count = keys.count
    guard count > 0 else { return }
    withUnsafeTemporaryAllocation(of: Slot.self, capacity: count) { first in
      guard let loaded = first.baseAddress else { return }
      slots.withUnsafeBufferPointer { table in
        guard let base = table.baseAddress else { return }
        for index in 0..<count {
          let key = Self.normalized(keys[index])
          (loaded + index).initialize(to: base[Int(truncatingIfNeeded: key >> 17) & mask])
        }
      }
      for index in 0..<count {
        let key = Self.normalized(keys[index])
        let stored = loaded[index]
        if stored.key == key {
          (output + index).initialize(to: stored.value)
        } else if stored.key == 0 {
          (output + index).initialize(to: empty)
        } else {
          (output + index).initialize(to: value(for: keys[index]))
        }
      }
      _ = first.deinitialize()
    }
  }

  /// Updates the value for `key` in place, inserting the empty value first.
  @inline(__always)
  mutating func update(_ rawKey: UInt64, _ body: (inout Value) -> Void) {
    let key = Self.normalized(rawKey)
    var slot = Int(truncatingIfNeeded: key >> 17) & mask
    while true {
      let stored = slots[slot].key
      if stored == key { break }
      if stored == 0 {
        if (count + 1) * 2 > slots.count {
          grow()
          update(rawKey, body)
          return
        }
        slots[slot].key = key
        count += 1
        break
      }
      slot = (slot + 1) & mask
    }
    body(&slots[slot].value)
  }

  private mutating func grow() {
    var bigger = HashTable(capacity: slots.count, empty: empty)
    for slot in slots where slot.key != 0 {
      bigger.update(slot.key) { $0 = slot.value }
    }
    self = bigger
  }
}
extension HashTable: Sendable where Value: Sendable {}
extension HashTable.Slot: Sendable where Value: Sendable {}
