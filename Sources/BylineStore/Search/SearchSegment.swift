import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// An open search segment file, read with `pread` as queries need it.
///
/// Opening reads the header, the document table and the block index (under 1 MiB per 10,000
/// articles) and checks them; a look-up reads one dictionary block and the
/// posting lists it names. Every offset and varint is bounds-checked, so a
/// damaged file gives wrong or no matches but never a crash. The descriptor
/// is closed when the segment is released.
final class SearchSegment: @unchecked Sendable {
  /// One dictionary block: where it is and its first term.
  private struct Block {
    var offset: Int
    var length: Int
    var postingsOffset: Int
    var firstTerm: [UInt8]
  }

  /// A term found in the dictionary.
  struct TermEntry {
    var term: [UInt8]
    var documentCount: Int
    var postingsOffset: Int
    var postingsLength: Int
  }

  let header: SearchIndexFile.Header
  private let fd: Int32
  private let fileSystem: any FileSystem
  private let blocks: [Block]

  var documentCount: Int { header.documentCount }

  /// Opens the segment at `path`; nil when it is missing or its header or index is damaged.
  init?(path: String, fileSystem: any FileSystem) {
    guard let fd = try? fileSystem.open(path, flags: O_RDONLY | O_NOFOLLOW, mode: 0) else {
      return nil
    }
    guard let size = try? fileSystem.fstat(fd).size,
      let headerBytes = Self.pread(fd, offset: 0, count: SearchIndexFile.headerSize),
      let header = SearchIndexFile.Header.decode(headerBytes), Int64(header.fileLength) == size,
      let blocks = Self.readBlockIndex(fd, header)
    else {
      fileSystem.closeQuietly(fd)
      return nil
    }
    self.fd = fd
    self.fileSystem = fileSystem
    self.header = header
    self.blocks = blocks
  }

  deinit { fileSystem.closeQuietly(fd) }

  /// The block index, checked against its checksum.
  private static func readBlockIndex(_ fd: Int32, _ header: SearchIndexFile.Header) -> [Block]? {
    let start = header.blockIndexOffset
    let end = header.blocksOffset - 8
    guard let bytes = pread(fd, offset: start, count: end - start + 8),
      let documents = pread(
        fd, offset: SearchIndexFile.headerSize, count: start - SearchIndexFile.headerSize)
    else { return nil }
    let stored = bytes.withUnsafeBytes {
      UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: end - start, as: UInt64.self))
    }
    guard stored == IndexChecksum.hash((documents + bytes[..<(end - start)])[...]) else {
      return nil
    }
    return bytes.withUnsafeBytes { raw -> [Block]? in
      var reader = IndexReader(raw: raw, end: end - start)
      var blocks: [Block] = []
      blocks.reserveCapacity(header.blockCount)
      for _ in 0..<header.blockCount {
        guard let offset = reader.u32(), let length = reader.u32(), let postings = reader.u64(),
          let termLength = reader.u8(), reader.end - reader.offset >= Int(termLength)
        else { return nil }
        let term = Array(raw[reader.offset..<reader.offset + Int(termLength)])
        reader.offset += Int(termLength)
        blocks.append(
          Block(
            offset: Int(offset), length: Int(length), postingsOffset: Int(clamping: postings),
            firstTerm: term))
      }
      return reader.offset == reader.end ? blocks : nil
    }
  }

  /// Each document's key and id, by number; nil when the file cannot be read.
  func documents() -> [(key: UInt64, id: ArticleID)]? {
    var result: [(key: UInt64, id: ArticleID)] = []
    result.reserveCapacity(header.documentCount)
    let complete = forEachDocument { _, key, id in
      result.append((key, ArticleID(utf8: UnsafeRawBufferPointer(id))))
    }
    return complete ? result : nil
  }

  /// Calls `body` with each document's number, key and id bytes, without making
  /// strings; false when the file cannot be read or the table is damaged.
  func forEachDocument(_ body: (Int, UInt64, UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
    let start = SearchIndexFile.headerSize
    guard let bytes = Self.pread(fd, offset: start, count: header.blockIndexOffset - start) else {
      return false
    }
    return bytes.withUnsafeBufferPointer { buffer -> Bool in
      let raw = UnsafeRawBufferPointer(buffer)
      var reader = IndexReader(raw: raw, end: raw.count)
      for number in 0..<header.documentCount {
        guard let key = reader.u64(), let length = reader.u8(),
          reader.end - reader.offset >= Int(length)
        else { return false }
        body(
          number, key,
          UnsafeBufferPointer(rebasing: buffer[reader.offset..<reader.offset + Int(length)]))
        reader.offset += Int(length)
      }
      return reader.offset == reader.end
    }
  }

  /// The dictionary entries for `word`: the one equal to it, or (`prefix`) all it begins.
  func lookUp(_ word: [UInt8], prefix: Bool) -> [TermEntry] {
    // The last block whose first term is <= word; for a prefix, earlier terms cannot match.
    var low = 0
    var high = blocks.count
    while low < high {
      let middle = (low + high) / 2
      if Self.compare(blocks[middle].firstTerm, word) <= 0 {
        low = middle + 1
      } else {
        high = middle
      }
    }
    var position = max(0, low - 1)
    var found: [TermEntry] = []
    while position < blocks.count {
      guard let entries = readBlock(position) else { return found }
      var pastRange = false
      for entry in entries {
        if prefix ? entry.term.starts(with: word) : entry.term == word {
          found.append(entry)
        } else if Self.compare(entry.term, word) > 0 {
          pastRange = true
          break
        }
      }
      if pastRange || !prefix { break }
      position += 1
    }
    return found
  }

  /// Sets the bit of every document in the posting lists of `entries` (one read for all).
  func addPostings(of entries: [TermEntry], to bitmap: inout [UInt64]) {
    guard let first = entries.first else { return }
    let start = entries.map(\.postingsOffset).min() ?? first.postingsOffset
    let end = entries.map { $0.postingsOffset + $0.postingsLength }.max() ?? start
    let absolute = header.postingsOffset + start
    guard end >= start, absolute + (end - start) <= header.fileLength - 8,
      let bytes = Self.pread(fd, offset: absolute, count: end - start)
    else { return }
    let limit = Int64(documentCount)
    bytes.withUnsafeBytes { raw in
      for entry in entries {
        var offset = entry.postingsOffset - start
        let stop = offset + entry.postingsLength
        var document: Int64 = -1
        while offset < stop, let gap = Varint.read(raw, &offset, end: stop) {
          document += Int64(gap) + 1
          guard document < limit else { break }
          bitmap[Int(document) >> 6] |= 1 << UInt64(document & 63)
        }
      }
    }
  }

  /// Calls `body` with every term and its documents, in term order (for merging).
  ///
  /// - Returns: false when the file is damaged or cannot be read.
  func allTerms(_ body: ([UInt8], [Int]) -> Void) -> Bool {
    let length = header.fileLength - 8 - header.postingsOffset
    guard let postings = Self.pread(fd, offset: header.postingsOffset, count: length) else {
      return false
    }
    return postings.withUnsafeBytes { raw -> Bool in
      for position in blocks.indices {
        guard let entries = readBlock(position) else { return false }
        for entry in entries {
          var offset = entry.postingsOffset
          let stop = offset + entry.postingsLength
          guard offset >= 0, stop <= raw.count else { return false }
          var documents: [Int] = []
          documents.reserveCapacity(entry.documentCount)
          var document = -1
          while offset < stop, let gap = Varint.read(raw, &offset, end: stop) {
            document += Int(gap) + 1
            if document < documentCount { documents.append(document) }
          }
          body(entry.term, documents)
        }
      }
      return true
    }
  }

  /// The entries of block `position`; nil when it cannot be read or is damaged.
  private func readBlock(_ position: Int) -> [TermEntry]? {
    let block = blocks[position]
    let start = header.blocksOffset + block.offset
    guard block.length >= 0, start + block.length <= header.postingsOffset,
      let bytes = Self.pread(fd, offset: start, count: block.length)
    else { return nil }
    return bytes.withUnsafeBytes { raw -> [TermEntry]? in
      var offset = 0
      var postings = block.postingsOffset
      var entries: [TermEntry] = []
      while offset < raw.count {
        let length = Int(raw[offset])
        offset += 1
        guard raw.count - offset >= length else { return nil }
        let term = Array(raw[offset..<offset + length])
        offset += length
        guard let count = Varint.read(raw, &offset, end: raw.count),
          let postingsLength = Varint.read(raw, &offset, end: raw.count)
        else { return nil }
        entries.append(
          TermEntry(
            term: term, documentCount: Int(count), postingsOffset: postings,
            postingsLength: Int(postingsLength)))
        postings += Int(postingsLength)
      }
      return entries
    }
  }

  /// Whether the whole file matches its trailing checksum (read in 1 MiB pieces).
  func isIntact() -> Bool {
    let length = header.fileLength - 8
    var hasher = StreamingChecksum(totalLength: length)
    var offset = 0
    while offset < length {
      guard let chunk = Self.pread(fd, offset: offset, count: min(1 << 20, length - offset))
      else { return false }
      hasher.update(chunk)
      offset += chunk.count
    }
    guard let trailer = Self.pread(fd, offset: length, count: 8) else { return false }
    let stored = trailer.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
    return hasher.finish() == stored
  }

  /// Byte order of two terms (as the dictionary is sorted): negative, zero or positive.
  static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
    for (x, y) in zip(a, b) where x != y { return x < y ? -1 : 1 }
    return a.count - b.count
  }

  /// Exactly `count` bytes at `offset`, nil on a short read or an error.
  static func pread(_ fd: Int32, offset: Int, count: Int) -> [UInt8]? {
    guard count >= 0, offset >= 0 else { return nil }
    var bytes = [UInt8](repeating: 0, count: count)
    var done = 0
    while done < count {
      let result = bytes.withUnsafeMutableBytes { raw in
        Glibc.pread(fd, raw.baseAddress.map { $0 + done }, count - done, off_t(offset + done))
      }
      if result < 0 && errno == EINTR { continue }
      guard result > 0 else { return nil }
      done += result
    }
    return bytes
  }
}

/// `IndexChecksum.hash` computed over pieces (each but the last a multiple of 8 bytes).
struct StreamingChecksum {
  private var state: UInt64
  private var tail: [UInt8] = []

  init(totalLength: Int) { state = 0x9E37_79B9_7F4A_7C15 ^ UInt64(totalLength) }

  mutating func update(_ bytes: [UInt8]) {
    let data = tail + bytes
    let whole = data.count / 8 * 8
    data.withUnsafeBytes { raw in
      var offset = 0
      while offset < whole {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        state = (state ^ (word &* 0xFF51_AFD7_ED55_8CCD)) &* 0xC4CE_B9FE_1A85_EC53
        state ^= state >> 31
        offset += 8
      }
    }
    tail = Array(data[whole...])
  }

  func finish() -> UInt64 {
    var h = state
    for byte in tail { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    h ^= h >> 33
    return h &* 0xFF51_AFD7_ED55_8CCD
  }
}
