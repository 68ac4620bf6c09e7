/// The start-up and sweep reads of the index, through a ``CacheFileStream``:
/// the file is never held whole, only what the caller keeps.
extension StoreIndex {
  /// The header fields, after checking the magic and version.
  struct Header {
    var isRacy: Bool
    var directoryModificationTime: Double
    var count: Int
  }

  /// Reads the header; nil when the file is not an index of this version.
  static func header(_ stream: inout CacheFileStream) -> Header? {
    let bodyEnd = stream.bodyEnd
    return stream.read { reader, _ in
      for byte in magic {
        guard reader.u8() == byte else { return nil }
      }
      guard reader.u32() == formatVersion, let flags = reader.u32(), let mtime = reader.u64(),
        let count = reader.u64(), count <= UInt64(bodyEnd / 30)
      else { return nil }
      return Header(
        isRacy: flags & 1 != 0, directoryModificationTime: Double(bitPattern: mtime),
        count: Int(count))
    }
  }

  /// Calls `body` with each entry's reader position, `count` times; false when
  /// `body` fails or the stream ends early.
  static func forEachEntry(
    _ stream: inout CacheFileStream, count: Int, _ body: (inout IndexReader) -> Bool
  ) -> Bool {
    var done = 0
    while done < count {
      let progressed: Bool? = stream.read { reader, recordsBefore in
        let before = done
        while done < count, reader.offset < recordsBefore {
          guard body(&reader) else { return nil }
          done += 1
        }
        return done > before ? true : nil
      }
      guard progressed == true else { return false }
    }
    return stream.isAtBodyEnd
  }

  /// Just the listable summaries, when the index is valid, not racy, was built
  /// at `directoryModificationTime` and has no unreadable entries; nil otherwise.
  ///
  /// The start-up fast path: no `Entry` array and no copy of the file, so
  /// 100,000 summaries cost one array.
  /// - Parameter trustRacy: called with the entry count when the index is
  ///   marked racy; true uses it anyway.
  static func freshSummaries(
    _ stream: inout CacheFileStream, directoryModificationTime: Double, includeLinks: Bool = true,
    trustRacy: (Int) -> Bool = { _ in false }
  ) -> [ArticleSummary]? {
    guard let header = header(&stream),
      header.directoryModificationTime == directoryModificationTime,
      !header.isRacy || trustRacy(header.count)
    else { return nil }
    var summaries: [ArticleSummary] = []
    summaries.reserveCapacity(header.count)
    let complete = forEachEntry(&stream, count: header.count) { reader in
      let kind = reader.appendSummary(to: &summaries, includeLink: includeLinks)
      return kind != nil && kind != .unreadable
    }
    return complete && stream.finish() ? summaries : nil
  }

  /// Every entry's id, kind, size and modification time, when the index is
  /// valid: the background sweep and the entity cache need only these.
  static func stamps(
    _ stream: inout CacheFileStream
  ) -> (stamps: [Stamp], directoryTime: Double, racy: Bool)? {
    guard let header = header(&stream) else { return nil }
    var stamps: [Stamp] = []
    stamps.reserveCapacity(header.count)
    let complete = forEachEntry(&stream, count: header.count) { reader in
      guard let entry = reader.stampFields() else { return false }
      stamps.append(
        Stamp(
          id: reader.articleID(entry.id), kind: entry.kind, size: entry.size,
          modificationTime: entry.modificationTime))
      return true
    }
    guard complete, stream.finish() else { return nil }
    return (stamps, header.directoryModificationTime, header.isRacy)
  }
}
