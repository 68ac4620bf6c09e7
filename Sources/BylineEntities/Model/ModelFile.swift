/// Reads and writes the binary model format described in `MODEL_FORMAT.md`.
///
/// All integers and floats are little-endian. Weights are quantized to `Int8`
/// with one `Float32` scale per row. The file ends with a 64-bit checksum of
/// everything before it, so truncation and corruption are caught on load.
enum ModelFile {
  static let magic: [UInt8] = Array("BYLNERM1".utf8)
  static let formatVersion: UInt32 = 2
  static let headerSize = 32
  static let gazetteerEntrySize = 18

  /// Encodes a tagger.
  static func encode(_ tagger: StackedTagger) -> [UInt8] {
    var out = ByteWriter()
    out.bytes.append(contentsOf: magic)
    let passes = [tagger.pass1] + (tagger.pass2.map { [$0] } ?? [])
    out.u32(formatVersion)
    out.u32(FeatureExtractor.featureSetVersion)
    out.u32(UInt32(BILOU.count))
    out.u32(UInt32(passes.count))
    out.u32(UInt32(tagger.gazetteer.entries.count))
    out.u32(0)
    for table in passes {
      out.u32(UInt32(table.bits))
      out.u32(0)
      var quantized = [UInt8]()
      quantized.reserveCapacity(table.rows * 16)
      for row in 0..<table.rows {
        let lanes = table.row(row)
        let largest = lanes.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest / 127
        out.f32(scale)
        for lane in lanes {
          let value = scale == 0 ? 0 : (lane / scale).rounded()
          quantized.append(UInt8(bitPattern: Int8(max(-127, min(127, value)))))
        }
      }
      out.bytes.append(contentsOf: quantized)
    }
    for entry in tagger.gazetteer.entries {
      out.u64(entry.hash)
      let counts = entry.counts
      for value in [
        counts.person, counts.organization, counts.location, counts.miscellaneous, counts.outside,
      ] {
        out.u16(UInt16(min(value, 65535)))
      }
    }
    out.u64(checksum(out.bytes[...]))
    return out.bytes
  }

  /// Decodes and validates model bytes; `path` only names the file in errors.
  static func decode(_ bytes: [UInt8], path: String) throws(EntityModelError) -> StackedTagger {
    guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else {
      throw .wrongMagic(path: path)
    }
    guard bytes.count >= headerSize + 8 else {
      throw .truncated(path: path, expectedBytes: headerSize + 8, actualBytes: bytes.count)
    }
    var reader = ByteReader(bytes: bytes, offset: magic.count)
    let format = reader.u32()
    guard format == formatVersion else {
      throw .unsupportedFormat(path: path, found: format, expected: formatVersion)
    }
    let featureSet = reader.u32()
    guard featureSet == FeatureExtractor.featureSetVersion else {
      throw .featureSetMismatch(
        path: path, found: featureSet, expected: FeatureExtractor.featureSetVersion)
    }
    let classes = reader.u32()
    let passCount = Int(reader.u32())
    let gazetteerCount = Int(reader.u32())
    _ = reader.u32()
    guard classes == UInt32(BILOU.count) else {
      throw .corrupt(path: path, reason: "\(classes) classes, expected \(BILOU.count)")
    }
    guard (1...2).contains(passCount), gazetteerCount < 50_000_000 else {
      throw .corrupt(path: path, reason: "implausible header counts")
    }
    var tables: [WeightTable] = []
    for _ in 0..<passCount {
      guard reader.remaining >= 8 else {
        throw .truncated(path: path, expectedBytes: reader.offset + 8, actualBytes: bytes.count)
      }
      let bits = Int(reader.u32())
      _ = reader.u32()
      guard (8...24).contains(bits) else {
        throw .corrupt(path: path, reason: "weight table with 2^\(bits) rows")
      }
      let rows = 1 << bits
      let needed = rows * 4 + rows * 16
      guard reader.remaining >= needed else {
        throw .truncated(
          path: path, expectedBytes: reader.offset + needed, actualBytes: bytes.count)
      }
      tables.append(reader.table(bits: bits))
    }
    let gazetteerBytes = gazetteerCount * gazetteerEntrySize
    guard reader.remaining >= gazetteerBytes + 8 else {
      throw .truncated(
        path: path, expectedBytes: reader.offset + gazetteerBytes + 8, actualBytes: bytes.count)
    }
    var entries: [(hash: UInt64, counts: GazetteerCounts)] = []
    entries.reserveCapacity(gazetteerCount)
    for _ in 0..<gazetteerCount {
      let hash = reader.u64()
      let counts = GazetteerCounts(
        person: UInt32(reader.u16()), organization: UInt32(reader.u16()),
        location: UInt32(reader.u16()), miscellaneous: UInt32(reader.u16()),
        outside: UInt32(reader.u16()))
      entries.append((hash, counts))
    }
    let bodyEnd = reader.offset
    let stored = reader.u64()
    guard reader.remaining == 0 else {
      throw .corrupt(path: path, reason: "\(reader.remaining) unexpected trailing bytes")
    }
    guard stored == checksum(bytes[0..<bodyEnd]) else {
      throw .corrupt(path: path, reason: "checksum mismatch")
    }
    return StackedTagger(
      pass1: tables[0], pass2: tables.count > 1 ? tables[1] : nil,
      gazetteer: Gazetteer(entries: entries))
  }

  /// FNV-1a over little-endian 64-bit words (then the tail bytes).
  static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    bytes.withUnsafeBytes { raw in
      var hash = FeatureHash.seed
      let words = raw.count / 8
      for word in 0..<words {
        let value = UInt64(
          littleEndian: raw.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self))
        hash = (hash ^ value) &* 0x0000_0100_0000_01b3
      }
      for offset in (words * 8)..<raw.count { hash = FeatureHash.add(hash, raw[offset]) }
      return FeatureHash.mix(hash)
    }
  }
}
