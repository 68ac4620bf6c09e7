/// The list of live search segments, `<store>/cache/search-v1/manifest`.
///
/// Segments are immutable; an update writes new segment files first, then
/// replaces this file atomically, then removes files it no longer names.
/// Each segment carries a bitmap of its documents that no longer count
/// (article deleted, or edited and indexed again elsewhere). Layout,
/// integers little-endian:
///
/// ```
/// 0   8  magic "BYLSRM\r\n"
/// 8   4  format version (1)
/// 12  4  segment count, then each segment:
///        name (u32 byte count + UTF-8), u32 document count,
///        deleted bitmap ((document count + 7) / 8 bytes, bit i = document i)
/// end 8  checksum (`IndexChecksum`) of every byte before it
/// ```
struct SearchManifest: Equatable, Sendable {
  static let formatVersion: UInt32 = 1
  static let magic: [UInt8] = Array("BYLSRM\r\n".utf8)

  /// One segment file and which of its documents are deleted.
  struct Segment: Equatable, Sendable {
    var name: String
    var documentCount: Int
    var deleted: [UInt8]

    init(name: String, documentCount: Int) {
      self.name = name
      self.documentCount = documentCount
      self.deleted = [UInt8](repeating: 0, count: (documentCount + 7) / 8)
    }

    func isDeleted(_ document: Int) -> Bool {
      deleted[document >> 3] & (1 << UInt8(document & 7)) != 0
    }

    mutating func delete(_ document: Int) {
      deleted[document >> 3] |= 1 << UInt8(document & 7)
    }

    var deletedCount: Int { deleted.reduce(0) { $0 + $1.nonzeroBitCount } }
    var liveCount: Int { documentCount - deletedCount }
  }

  var segments: [Segment] = []

  func encoded() -> [UInt8] {
    var out = Self.magic
    StoreIndex.append(Self.formatVersion, to: &out)
    StoreIndex.append(UInt32(segments.count), to: &out)
    for segment in segments {
      StoreIndex.append(segment.name, to: &out)
      StoreIndex.append(UInt32(segment.documentCount), to: &out)
      out += segment.deleted
    }
    StoreIndex.append(IndexChecksum.hash(out[...]), to: &out)
    return out
  }

  /// The manifest in `bytes`; nil when they are not a valid manifest of this version.
  static func decode(_ bytes: [UInt8]) -> SearchManifest? {
    guard bytes.count >= magic.count + 16, bytes.starts(with: magic) else { return nil }
    let end = bytes.count - 8
    return bytes.withUnsafeBytes { raw -> SearchManifest? in
      let stored = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: end, as: UInt64.self))
      guard stored == IndexChecksum.hash(bytes[..<end]) else { return nil }
      var reader = IndexReader(raw: raw, end: end)
      reader.offset = magic.count
      guard reader.u32() == formatVersion, let count = reader.u32(), Int(count) <= end / 8
      else { return nil }
      var manifest = SearchManifest()
      for _ in 0..<count {
        guard let name = reader.string(), isValidName(name), let documents = reader.u32()
        else { return nil }
        var segment = Segment(name: name, documentCount: Int(documents))
        let length = segment.deleted.count
        guard reader.end - reader.offset >= length else { return nil }
        segment.deleted = Array(raw[reader.offset..<reader.offset + length])
        reader.offset += length
        manifest.segments.append(segment)
      }
      return reader.offset == reader.end ? manifest : nil
    }
  }

  /// Segment files are named `segment-` plus letters and digits (never a path).
  static func isValidName(_ name: String) -> Bool {
    name.hasPrefix("segment-") && name.count <= 80
      && name.utf8.dropFirst(8).allSatisfy {
        ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A)
      }
  }
}
