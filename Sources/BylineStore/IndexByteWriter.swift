/// Writes little-endian fields into memory already sized for them.
struct IndexByteWriter {
  let base: UnsafeMutableRawPointer
  private(set) var offset = 0

  init(base: UnsafeMutableRawPointer) { self.base = base }

  mutating func byte(_ value: UInt8) {
    base.storeBytes(of: value, toByteOffset: offset, as: UInt8.self)
    offset += 1
  }

  mutating func word<T: FixedWidthInteger>(_ value: T) {
    base.storeBytes(of: value.littleEndian, toByteOffset: offset, as: T.self)
    offset += MemoryLayout<T>.size
  }

  mutating func bytes(_ values: [UInt8]) {
    values.withUnsafeBytes { source in
      if let start = source.baseAddress {
        (base + offset).copyMemory(from: start, byteCount: source.count)
      }
    }
    offset += values.count
  }

  /// A u32 byte count, then the id's bytes.
  mutating func text(_ id: ArticleID) {
    id.withUTF8 { counted($0) }
  }

  /// A u32 byte count, then the UTF-8.
  mutating func text(_ text: String) {
    var text = text
    text.withUTF8 { counted(UnsafeRawBufferPointer($0)) }
  }

  /// A u32 byte count, then `bytes`.
  private mutating func counted(_ bytes: UnsafeRawBufferPointer) {
    word(UInt32(truncatingIfNeeded: bytes.count))
    if let source = bytes.baseAddress {
      (base + offset).copyMemory(from: source, byteCount: bytes.count)
    }
    offset += bytes.count
  }
}
