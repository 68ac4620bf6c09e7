/// The layout of one search segment file in `<store>/cache/search-v1/`.
///
/// A segment is an inverted index of some articles: a sorted term
/// dictionary in blocks of `blockSize` terms, and for each term the
/// ascending numbers of the segment's documents that contain it, gap-coded
/// as LEB128 varints (doc − previous − 1). Only the header, the document
/// table and the block index are read whole; a lookup reads one block and
/// one posting list with `pread`, so a query never loads the index. Layout,
/// integers little-endian:
///
/// ```
/// 0   8  magic "BYLSRS\r\n"
/// 8   4  format version (1)
/// 12  4  document count, 16 4 term count, 20 4 block count
/// 24  8  documents offset (72), 32 8 blocks offset,
/// 40  8  block index offset, 48 8 postings offset, 56 8 file length
/// 64  8  checksum (`IndexChecksum`) of bytes 0..<64
/// 72  …  documents, by number: u64 key (`SearchDocument.key`), u8 id length, id
/// …   …  block index: u32 block offset (from blocks offset), u32 block length,
///        u64 postings offset of its first term (from postings offset), u8 length + first term
/// …   8  checksum of the documents and block index
/// …   …  blocks: per term u8 length + term bytes, varint document count, varint postings length
/// …   …  postings, in term order
/// end 8  checksum of every byte before it (checked by `updateSearchIndex`, not by queries)
/// ```
enum SearchIndexFile {
  static let formatVersion: UInt32 = 1
  static let magic: [UInt8] = Array("BYLSRS\r\n".utf8)
  static let headerSize = 72
  /// Terms per dictionary block.
  static let blockSize = 32

  /// The fixed-size header's fields.
  struct Header: Equatable {
    var documentCount: Int
    var termCount: Int
    var blockCount: Int
    var blocksOffset: Int
    var blockIndexOffset: Int
    var postingsOffset: Int
    var fileLength: Int

    func encoded() -> [UInt8] {
      var out = SearchIndexFile.magic
      StoreIndex.append(SearchIndexFile.formatVersion, to: &out)
      for value in [documentCount, termCount, blockCount] {
        StoreIndex.append(UInt32(truncatingIfNeeded: value), to: &out)
      }
      let offsets = [headerSize, blocksOffset, blockIndexOffset, postingsOffset, fileLength]
      for value in offsets { StoreIndex.append(UInt64(value), to: &out) }
      StoreIndex.append(IndexChecksum.hash(out[...]), to: &out)
      return out
    }

    /// The header in `bytes` (at least `headerSize`), nil when it is not a valid one.
    static func decode(_ bytes: [UInt8]) -> Header? {
      guard bytes.count >= headerSize, bytes.starts(with: magic) else { return nil }
      return bytes.withUnsafeBytes { raw -> Header? in
        var reader = IndexReader(raw: raw, end: headerSize)
        reader.offset = magic.count
        guard reader.u32() == formatVersion, let documents = reader.u32(),
          let terms = reader.u32(), let blocks = reader.u32(), reader.u64() == UInt64(headerSize),
          let blocksOffset = reader.u64(), let blockIndexOffset = reader.u64(),
          let postingsOffset = reader.u64(), let length = reader.u64(),
          reader.u64() == IndexChecksum.hash(bytes[..<(headerSize - 8)])
        else { return nil }
        let header = Header(
          documentCount: Int(documents), termCount: Int(terms), blockCount: Int(blocks),
          blocksOffset: Int(clamping: blocksOffset),
          blockIndexOffset: Int(clamping: blockIndexOffset),
          postingsOffset: Int(clamping: postingsOffset), fileLength: Int(clamping: length))
        return header.isConsistent ? header : nil
      }
    }

    /// Whether the sections are in order and inside the file.
    var isConsistent: Bool {
      headerSize <= blockIndexOffset && blockIndexOffset + 8 <= blocksOffset
        && blocksOffset <= postingsOffset && postingsOffset + 8 <= fileLength
        && fileLength < 1 << 40 && blockCount <= termCount
    }
  }
}

/// LEB128 variable-length unsigned integers, as the search index stores counts and gaps.
enum Varint {
  static func append(_ value: UInt32, to out: inout [UInt8]) {
    var value = value
    while value >= 0x80 {
      out.append(UInt8(truncatingIfNeeded: value) | 0x80)
      value >>= 7
    }
    out.append(UInt8(value))
  }

  /// The varint at `offset` in `raw` (advancing `offset`); nil when cut off or too long.
  static func read(_ raw: UnsafeRawBufferPointer, _ offset: inout Int, end: Int) -> UInt32? {
    var value: UInt32 = 0
    var shift: UInt32 = 0
    while offset < end, shift < 35 {
      let byte = raw[offset]
      offset += 1
      value |= UInt32(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
    return nil
  }
}
