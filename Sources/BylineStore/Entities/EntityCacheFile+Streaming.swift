/// One front-to-back pass over `cache/entities-v1` through a ``CacheFileStream``,
/// for the reader's background work: checking the cache and building the
/// catalog never hold the file (tens of megabytes at 100,000 articles) whole.
extension EntityCacheFile {
  /// Calls `name` with each interned name, then `record` with each record's id,
  /// stamp and a reader at its entity list (which `record` must read or skip,
  /// see ``skipEntities(_:nameCount:)``); returns the analyzer version, or nil
  /// when the file is not a valid cache (a callback's false also ends it, and
  /// so does `version`'s, which sees the analyzer version before any name).
  static func stream(
    _ stream: inout CacheFileStream,
    version wanted: (String) -> Bool = { _ in true },
    name: (String) -> Void,
    record: (ArticleID, Stamp, inout IndexReader, _ nameCount: UInt32) -> Bool
  ) -> String? {
    let bodyEnd = stream.bodyEnd
    let header: (String, UInt32)? = stream.read { reader, _ in
      for byte in magic {
        guard reader.u8() == byte else { return nil }
      }
      guard reader.u32() == formatVersion, let version = reader.string(),
        let nameCount = reader.u32(), Int(nameCount) <= bodyEnd / 4
      else { return nil }
      return (version, nameCount)
    }
    guard let (version, nameCount) = header, wanted(version) else { return nil }
    var namesRead: UInt32 = 0
    while namesRead < nameCount {
      let progressed: Bool? = stream.read { reader, recordsBefore in
        let before = namesRead
        while namesRead < nameCount, reader.offset < recordsBefore {
          guard let text = reader.string() else { return nil }
          name(text)
          namesRead += 1
        }
        return namesRead > before ? true : nil
      }
      guard progressed == true else { return nil }
    }
    let count: UInt64? = stream.read { reader, _ in
      guard let count = reader.u64(), count <= UInt64(bodyEnd / 20) else { return nil }
      return count
    }
    guard let count else { return nil }
    var previous: ArticleID?
    let complete = StoreIndex.forEachEntry(&stream, count: Int(count)) { reader in
      guard let idLength = reader.u8(), reader.end - reader.offset >= Int(idLength) else {
        return false
      }
      let id = reader.articleID(reader.offset..<reader.offset + Int(idLength))
      reader.offset += Int(idLength)
      guard let size = reader.u64(), let mtime = reader.u64() else { return false }
      if let previous, !(previous < id) { return false }
      previous = id
      let stamp = Stamp(size: Int64(bitPattern: size), modificationTime: Double(bitPattern: mtime))
      return record(id, stamp, &reader, nameCount)
    }
    return complete && stream.finish() ? version : nil
  }

  /// Reads one encoded entity list, calling `body` with each entity's name
  /// reference, kind, mentions and alias references; false when it is damaged.
  static func readEntities(
    _ reader: inout IndexReader, nameCount: UInt32,
    _ body: (UInt32, ArticleEntity.Kind, Int, [UInt32]) -> Void
  ) -> Bool {
    guard let low = reader.u8(), let high = reader.u8() else { return false }
    var aliases: [UInt32] = []
    for _ in 0..<(Int(low) | Int(high) << 8) {
      guard let name = reader.u32(), name < nameCount, let kindByte = reader.u8(),
        let kind = ArticleEntity.Kind(rawValue: kindByte), let mentions = reader.u32(),
        let aliasCount = reader.u8()
      else { return false }
      aliases.removeAll(keepingCapacity: true)
      for _ in 0..<aliasCount {
        guard let alias = reader.u32(), alias < nameCount else { return false }
        aliases.append(alias)
      }
      body(name, kind, Int(mentions), aliases)
    }
    return true
  }
}
