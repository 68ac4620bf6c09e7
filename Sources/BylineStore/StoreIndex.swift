import Foundation

/// The derived list index in `<store>/cache/index-v1`: every article's summary fields.
///
/// Never the truth: the article files are. It lets `summaries()` start without
/// parsing 100,000 headers. The file is written atomically and validated
/// before use (magic, version, length, checksum); anything wrong and it is
/// rebuilt from the files. Layout, all integers little-endian:
///
/// ```
/// 0   8  magic "BYLIDX\r\n"
/// 8   4  format version (2: the checksum became `IndexChecksum.Wide`)
/// 12  4  flags: bit 0 = racy (articles/ changed too recently to trust its mtime)
/// 16  8  articles/ modification time (Double bit pattern) when the index was built
/// 24  8  entry count
/// 32  …  entries, newest first (the order `summaries()` returns):
///        u8 kind (0 article, 1 unreadable: retried on every load, 2 empty: not listed)
///        u8 flags (bit 0 has date, bit 1 date is import time, bit 2 has URL)
///        u64 date (Double bits), i64 file size, u64 file mtime (Double bits)
///        5 strings (u32 byte count + UTF-8): id, title, source, author, url
/// end 8  checksum (`IndexChecksum.Wide`, four-lane multiply-xor) of every byte before it
/// ```
struct StoreIndex: Equatable, Sendable {
  /// Bump when the layout or the meaning of a field changes; other versions are rebuilt.
  static let formatVersion: UInt32 = 2
  static let magic: [UInt8] = Array("BYLIDX\r\n".utf8)
  static let headerSize = 32

  /// What kind of file an entry describes.
  enum Kind: UInt8, Sendable {
    case article = 0
    case unreadable = 1
    case empty = 2
  }

  /// One article file as last seen.
  struct Entry: Equatable, Sendable {
    var kind: Kind
    /// The summary without read/star state.
    var summary: ArticleSummary
    var size: Int64
    var modificationTime: Double
  }

  /// `articles/`'s modification time when the entries were read.
  var directoryModificationTime: Double
  /// True when that time was too close to the build time to prove nothing changed after it.
  var isRacy: Bool
  /// Every article file, sorted newest first.
  var entries: [Entry]

  /// The file's bytes.
  ///
  /// Sized first, then written through a pointer: the index is rewritten
  /// after every import, 100,000 entries at a time.
  func encoded() -> [UInt8] {
    var size = Self.magic.count + 4 + 4 + 8 + 8
    for index in entries.indices {
      let summary = entries[index].summary
      size += 2 + 24 + 5 * 4 + summary.id.withUTF8(\.count) + summary.title.utf8.count
      size += summary.source.utf8.count + summary.author.utf8.count
      size += summary.url?.utf8.count ?? 0
    }
    var out = [UInt8](unsafeUninitializedCapacity: size + 8) { buffer, count in
      guard let base = buffer.baseAddress else { return }
      var writer = IndexByteWriter(base: UnsafeMutableRawPointer(base))
      writer.bytes(Self.magic)
      writer.word(Self.formatVersion)
      writer.word(UInt32(isRacy ? 1 : 0))
      writer.word(directoryModificationTime.bitPattern)
      writer.word(UInt64(entries.count))
      entries.withUnsafeBufferPointer { all in
        for entry in all {
          writer.byte(entry.kind.rawValue)
          var flags: UInt8 = entry.summary.date == nil ? 0 : 1
          if entry.summary.dateIsImportTime { flags |= 2 }
          if entry.summary.url != nil { flags |= 4 }
          writer.byte(flags)
          writer.word((entry.summary.date?.timeIntervalSince1970 ?? 0).bitPattern)
          writer.word(UInt64(bitPattern: entry.size))
          writer.word(entry.modificationTime.bitPattern)
          writer.text(entry.summary.id)
          writer.text(entry.summary.title)
          writer.text(entry.summary.source)
          writer.text(entry.summary.author)
          writer.text(entry.summary.url ?? "")
        }
      }
      count = writer.offset
    }
    Self.append(IndexChecksum.Wide.hash(out[...]), to: &out)
    return out
  }

  /// The index in `bytes`, or nil when they are not a valid index of this version.
  static func decode(_ bytes: [UInt8]) -> StoreIndex? {
    guard bytes.count >= headerSize + 8, bytes.starts(with: magic) else { return nil }
    let body = bytes[..<(bytes.count - 8)]
    return bytes.withUnsafeBytes { raw -> StoreIndex? in
      var reader = IndexReader(raw: raw, end: bytes.count - 8)
      reader.offset = magic.count
      guard reader.u32() == formatVersion else { return nil }
      let stored = raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
      guard UInt64(littleEndian: stored) == IndexChecksum.Wide.hash(body) else { return nil }
      guard let flags = reader.u32(), let mtime = reader.u64(), let count = reader.u64(),
        count <= UInt64(bytes.count / 30)
      else { return nil }
      var entries: [Entry] = []
      entries.reserveCapacity(Int(count))
      for _ in 0..<count {
        guard let entry = reader.entry() else { return nil }
        entries.append(entry)
      }
      guard reader.offset == reader.end else { return nil }
      return StoreIndex(
        directoryModificationTime: Double(bitPattern: mtime), isRacy: flags & 1 != 0,
        entries: entries)
    }
  }

  /// One file as the index last saw it, without its summary.
  struct Stamp: Equatable, Sendable {
    var id: ArticleID
    var kind: Kind
    var size: Int64
    var modificationTime: Double
  }

  static func append<T: FixedWidthInteger>(_ value: T, to out: inout [UInt8]) {
    withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
  }

  static func append(_ text: String, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { bytes in
      append(UInt32(truncatingIfNeeded: bytes.count), to: &out)
      out.append(contentsOf: bytes)
    }
  }
}

/// Reads index fields from raw bytes, failing (nil) instead of reading past `end`.
struct IndexReader {
  let raw: UnsafeRawBufferPointer
  let end: Int
  var offset = 0

  init(raw: UnsafeRawBufferPointer, end: Int) {
    self.raw = raw
    self.end = end
  }

  mutating func u8() -> UInt8? {
    guard offset < end else { return nil }
    defer { offset += 1 }
    return raw[offset]
  }

  mutating func u32() -> UInt32? {
    guard end - offset >= 4 else { return nil }
    defer { offset += 4 }
    return UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
  }

  mutating func u64() -> UInt64? {
    guard end - offset >= 8 else { return nil }
    defer { offset += 8 }
    return UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  mutating func string() -> String? {
    guard let count = u32().map(Int.init), end - offset >= count else { return nil }
    defer { offset += count }
    return String(
      decoding: UnsafeRawBufferPointer(rebasing: raw[offset..<offset + count]), as: UTF8.self)
  }

  /// The next string as an article id (packed without a `String` when it can be).
  mutating func id() -> ArticleID? {
    guard let count = u32().map(Int.init), end - offset >= count else { return nil }
    defer { offset += count }
    return ArticleID(utf8: UnsafeRawBufferPointer(rebasing: raw[offset..<offset + count]))
  }

  /// Moves past `count` strings; false when one runs past the end.
  mutating func skipStrings(_ count: Int) -> Bool {
    for _ in 0..<count {
      guard let length = u32().map(Int.init), end - offset >= length else { return false }
      offset += length
    }
    return true
  }

  /// The next entry; with `includeLink` false its summary's `url` is nil (the string is skipped).
  mutating func entry(includeLink: Bool = true) -> StoreIndex.Entry? {
    guard let kindByte = u8(), let kind = StoreIndex.Kind(rawValue: kindByte), let flags = u8(),
      let date = u64(), let size = u64(), let mtime = u64(),
      let summary = summary(flags: flags, date: date, includeLink: includeLink)
    else { return nil }
    return StoreIndex.Entry(
      kind: kind, summary: summary, size: Int64(bitPattern: size),
      modificationTime: Double(bitPattern: mtime))
  }

  /// Reads the next entry and, when it is an article, appends its summary
  /// (built in place: no `Entry` copied and dropped); returns its kind, nil when damaged.
  mutating func appendSummary(
    to summaries: inout [ArticleSummary], includeLink: Bool
  ) -> StoreIndex.Kind? {
    guard let kindByte = u8(), let kind = StoreIndex.Kind(rawValue: kindByte), let flags = u8(),
      let date = u64(), u64() != nil, u64() != nil
    else { return nil }
    guard kind == .article else { return skipStrings(5) ? kind : nil }
    guard let summary = summary(flags: flags, date: date, includeLink: includeLink) else {
      return nil
    }
    summaries.append(summary)
    return kind
  }

  /// The entry's five strings (id, title, source, author, url) as a summary,
  /// given its flags and date bits.
  private mutating func summary(
    flags: UInt8, date: UInt64, includeLink: Bool
  ) -> ArticleSummary? {
    guard let id = id(), let title = string(), let source = string(), let author = string()
    else { return nil }
    var url: String?
    if includeLink && flags & 4 != 0 {
      guard let text = string() else { return nil }
      url = text
    } else {
      guard skipStrings(1) else { return nil }
    }
    return ArticleSummary(
      id: id, title: title, source: source, author: author,
      date: flags & 1 == 0 ? nil : Date(timeIntervalSince1970: Double(bitPattern: date)),
      dateIsImportTime: flags & 2 != 0, url: url)
  }

  /// The next entry's kind, file size and time and where its id's bytes are,
  /// moving past its other fields: what the sweep and the entity-cache check need.
  mutating func stampFields() -> (
    kind: StoreIndex.Kind, size: Int64, modificationTime: Double, id: Range<Int>
  )? {
    guard let kindByte = u8(), let kind = StoreIndex.Kind(rawValue: kindByte), u8() != nil,
      u64() != nil, let size = u64(), let mtime = u64(),
      let idLength = u32().map(Int.init), end - offset >= idLength
    else { return nil }
    let id = offset..<offset + idLength
    offset += idLength
    guard skipStrings(4) else { return nil }
    return (kind, Int64(bitPattern: size), Double(bitPattern: mtime), id)
  }

  /// The bytes at `range` as an article id.
  func articleID(_ range: Range<Int>) -> ArticleID {
    ArticleID(utf8: UnsafeRawBufferPointer(rebasing: raw[range]))
  }
}
