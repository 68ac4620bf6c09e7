/// Appends little-endian values to a byte array.
struct ByteWriter {
  var bytes: [UInt8] = []

  mutating func u16(_ value: UInt16) { append(value.littleEndian) }
  mutating func u32(_ value: UInt32) { append(value.littleEndian) }
  mutating func u64(_ value: UInt64) { append(value.littleEndian) }
  mutating func f32(_ value: Float) { u32(value.bitPattern) }

  private mutating func append<T: FixedWidthInteger>(_ value: T) {
    withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
  }
}

/// Reads little-endian values from a byte array; callers check `remaining` first.
struct ByteReader {
  let bytes: [UInt8]
  var offset: Int

  var remaining: Int { bytes.count - offset }

  mutating func u16() -> UInt16 { UInt16(littleEndian: load(UInt16.self)) }
  mutating func u32() -> UInt32 { UInt32(littleEndian: load(UInt32.self)) }
  mutating func u64() -> UInt64 { UInt64(littleEndian: load(UInt64.self)) }

  private mutating func load<T: FixedWidthInteger>(_ type: T.Type) -> T {
    let size = MemoryLayout<T>.size
    guard offset + size <= bytes.count else { return 0 }
    let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) }
    offset += size
    return value
  }

  /// Reads `2^bits` Float32 row scales then `2^bits * 16` Int8 lanes into a table.
  mutating func table(bits: Int) -> WeightTable {
    let rows = 1 << bits
    let scaleStart = offset
    let laneStart = offset + rows * 4
    offset = laneStart + rows * 16
    guard offset <= bytes.count else { return WeightTable(bits: bits) { _ in } }
    return WeightTable(bits: bits, fillsEveryLane: true) { output in
      bytes.withUnsafeBytes { input in
        for row in 0..<rows {
          let bits = UInt32(
            littleEndian: input.loadUnaligned(fromByteOffset: scaleStart + row * 4, as: UInt32.self)
          )
          let scale = Float(bitPattern: bits)
          let source = laneStart + row * 16
          for lane in 0..<16 {
            output[row * 16 + lane] = Float(Int8(bitPattern: input[source + lane])) * scale
          }
        }
      }
    }
  }
}
