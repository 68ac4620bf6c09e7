/// The recognised entities of every article file, as stored in `<store>/cache/entities-v1`.
///
/// Derived data, like the list index: keyed by article id and the file's size
/// and modification time (an edit outside Byline makes a record stale), and by
/// the analyzer's version (a new model makes every record stale). Names are
/// interned in a table that only grows between compactions, so a merge copies
/// the old records' bytes unchanged. Layout, integers little-endian:
///
/// ```
/// 0   8  magic "BYLENT\r\n"
/// 8   4  format version (1)
/// 12  …  analyzer version (u32 byte count + UTF-8)
/// …   4  name count, then each name (u32 byte count + UTF-8)
/// …   8  record count, then records sorted by id:
///        id (u8 byte count + ASCII), i64 file size, u64 file mtime (Double bits),
///        u16 entity count, each entity: u32 name, u8 kind, u32 mentions,
///        u8 alias count, u32 alias names
/// end 8  checksum (`IndexChecksum`) of every byte before it
/// ```
struct EntityCacheFile: Sendable {
  static let formatVersion: UInt32 = 1
  static let magic: [UInt8] = Array("BYLENT\r\n".utf8)
  /// The most entities and aliases kept per article (the rest are dropped).
  static let maxEntitiesPerArticle = 4096
  static let maxAliases = 255

  /// What a record says about one article file.
  struct Stamp: Hashable, Sendable {
    var size: Int64
    var modificationTime: Double
  }

  /// One article's entities with interned names.
  struct Record: Sendable {
    var id: ArticleID
    var stamp: Stamp
    /// Encoded entity list (from the u16 count on), referring to `names`.
    var bytes: ArraySlice<UInt8>
  }

  var analyzerVersion: String
  var names: [String]
  /// Sorted by id, each id once.
  var records: [Record]

  init(analyzerVersion: String, names: [String] = [], records: [Record] = []) {
    self.analyzerVersion = analyzerVersion
    self.names = names
    self.records = records
  }

  /// The file's bytes.
  func encoded() -> [UInt8] {
    var out = Self.magic
    StoreIndex.append(Self.formatVersion, to: &out)
    StoreIndex.append(analyzerVersion, to: &out)
    StoreIndex.append(UInt32(names.count), to: &out)
    for name in names { StoreIndex.append(name, to: &out) }
    StoreIndex.append(UInt64(records.count), to: &out)
    out.reserveCapacity(out.count + records.count * 24 + records.reduce(0) { $0 + $1.bytes.count })
    for record in records {
      record.id.withUTF8 { bytes in
        out.append(UInt8(truncatingIfNeeded: bytes.count))
        out.append(contentsOf: bytes)
      }
      StoreIndex.append(UInt64(bitPattern: record.stamp.size), to: &out)
      StoreIndex.append(record.stamp.modificationTime.bitPattern, to: &out)
      out.append(contentsOf: record.bytes)
    }
    StoreIndex.append(IndexChecksum.hash(out[...]), to: &out)
    return out
  }

  /// The cache in `bytes`; nil when they are not a valid cache file of this format.
  static func decode(_ bytes: [UInt8]) -> EntityCacheFile? {
    guard bytes.count >= magic.count + 8, bytes.starts(with: magic) else { return nil }
    let end = bytes.count - 8
    return bytes.withUnsafeBytes { raw -> EntityCacheFile? in
      let stored = raw.loadUnaligned(fromByteOffset: end, as: UInt64.self)
      guard UInt64(littleEndian: stored) == IndexChecksum.hash(bytes[..<end]) else { return nil }
      var reader = IndexReader(raw: raw, end: end)
      reader.offset = magic.count
      guard reader.u32() == formatVersion, let version = reader.string(),
        let nameCount = reader.u32(), Int(nameCount) <= end / 4
      else { return nil }
      var names: [String] = []
      names.reserveCapacity(Int(nameCount))
      for _ in 0..<nameCount {
        guard let name = reader.string() else { return nil }
        names.append(name)
      }
      guard let recordCount = reader.u64(), recordCount <= UInt64(end / 20) else { return nil }
      var records: [Record] = []
      records.reserveCapacity(Int(recordCount))
      var previous: ArticleID?
      for _ in 0..<recordCount {
        guard let idLength = reader.u8(), end - reader.offset >= Int(idLength) else { return nil }
        let id = ArticleID(
          utf8: UnsafeRawBufferPointer(rebasing: raw[reader.offset..<reader.offset + Int(idLength)])
        )
        reader.offset += Int(idLength)
        guard let size = reader.u64(), let mtime = reader.u64() else { return nil }
        let start = reader.offset
        guard skipEntities(&reader, nameCount: nameCount) else { return nil }
        if let previous, !(previous < id) { return nil }
        previous = id
        records.append(
          Record(
            id: id,
            stamp: Stamp(
              size: Int64(bitPattern: size), modificationTime: Double(bitPattern: mtime)),
            bytes: bytes[start..<reader.offset]))
      }
      guard reader.offset == end else { return nil }
      return EntityCacheFile(analyzerVersion: version, names: names, records: records)
    }
  }

  /// Moves past one encoded entity list, checking every name reference.
  static func skipEntities(_ reader: inout IndexReader, nameCount: UInt32) -> Bool {
    readEntities(&reader, nameCount: nameCount) { _, _, _, _ in }
  }

  /// The record of `id` (binary search), if any.
  func record(for id: ArticleID) -> Record? {
    var low = 0
    var high = records.count
    while low < high {
      let middle = (low + high) / 2
      if records[middle].id < id { low = middle + 1 } else { high = middle }
    }
    return low < records.count && records[low].id == id ? records[low] : nil
  }

  /// Decodes a record's entities.
  func entities(of record: Record) -> [ArticleEntity] {
    var result: [ArticleEntity] = []
    forEachEntity(in: record) { name, kind, mentions, aliases in
      result.append(
        ArticleEntity(
          name: names[Int(name)], kind: kind, mentions: mentions,
          aliases: aliases.map { names[Int($0)] }))
    }
    return result
  }

  /// Calls `body` with each entity of `record`: name reference, kind, mentions, alias references.
  func forEachEntity(
    in record: Record, _ body: (UInt32, ArticleEntity.Kind, Int, [UInt32]) -> Void
  ) {
    record.bytes.withUnsafeBytes { raw in
      var reader = IndexReader(raw: raw, end: raw.count)
      _ = Self.readEntities(&reader, nameCount: UInt32(clamping: names.count), body)
    }
  }
}

/// Adds records to an `EntityCacheFile`, interning names; old records keep their bytes.
struct EntityCacheBuilder {
  private(set) var file: EntityCacheFile
  private var nameIDs: [String: UInt32] = [:]
  private var added: [ArticleID: EntityCacheFile.Record] = [:]

  /// Starts from `existing` when it has `analyzerVersion`, else from nothing.
  init(existing: EntityCacheFile?, analyzerVersion: String) {
    if let existing, existing.analyzerVersion == analyzerVersion {
      file = existing
    } else {
      file = EntityCacheFile(analyzerVersion: analyzerVersion)
    }
    nameIDs.reserveCapacity(file.names.count)
    for (position, name) in file.names.enumerated() where nameIDs[name] == nil {
      nameIDs[name] = UInt32(position)
    }
  }

  /// Records `entities` for the file `id` with `stamp`, replacing any older record.
  mutating func add(
    _ id: ArticleID, stamp: EntityCacheFile.Stamp, entities: [ArticleEntity]
  ) {
    var bytes: [UInt8] = []
    let kept = entities.prefix(EntityCacheFile.maxEntitiesPerArticle)
    StoreIndex.append(UInt16(kept.count), to: &bytes)
    for entity in kept {
      StoreIndex.append(intern(entity.name), to: &bytes)
      bytes.append(entity.kind.rawValue)
      StoreIndex.append(UInt32(clamping: entity.mentions), to: &bytes)
      let aliases = entity.aliases.prefix(EntityCacheFile.maxAliases)
      bytes.append(UInt8(aliases.count))
      for alias in aliases { StoreIndex.append(intern(alias), to: &bytes) }
    }
    added[id] = EntityCacheFile.Record(id: id, stamp: stamp, bytes: bytes[...])
  }

  var addedCount: Int { added.count }

  private mutating func intern(_ name: String) -> UInt32 {
    if let id = nameIDs[name] { return id }
    let id = UInt32(file.names.count)
    file.names.append(name)
    nameIDs[name] = id
    return id
  }

  /// The merged file: added records replace old ones; only ids in `keep` (when
  /// given) survive, so records of deleted articles are dropped.
  mutating func finish(keeping keep: Set<ArticleID>? = nil) -> EntityCacheFile {
    var merged: [EntityCacheFile.Record] = []
    merged.reserveCapacity(file.records.count + added.count)
    let fresh = added.values.sorted { $0.id < $1.id }
    var old = file.records[...]
    var new = fresh[...]
    while let next = Self.next(&old, &new) {
      if keep.map({ $0.contains(next.id) }) ?? true { merged.append(next) }
    }
    file.records = merged
    added = [:]
    return file
  }

  /// The smaller-id record of the two sorted sequences; on a tie the new one wins.
  private static func next(
    _ old: inout ArraySlice<EntityCacheFile.Record>,
    _ new: inout ArraySlice<EntityCacheFile.Record>
  ) -> EntityCacheFile.Record? {
    switch (old.first, new.first) {
    case (nil, nil): return nil
    case (let a?, nil): return old.popFirst() ?? a
    case (nil, let b?): return new.popFirst() ?? b
    case (let a?, let b?):
      if a.id < b.id { return old.popFirst() }
      if a.id == b.id { _ = old.popFirst() }
      return new.popFirst()
    }
  }
}
