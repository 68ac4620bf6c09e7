/// New analyses merged into the entity cache file, read and written
/// through windows: neither the old file nor the new one is ever held whole
/// (at 100,000 articles each is about 27 MB, which the reader's memory
/// target cannot spare while it re-analyzes a store after a model change).
///
/// Two passes over the old file: ``init(analyses:analyzerVersion:keeping:open:)``
/// reads which names it already has and how many records stay, so the
/// counts and the length that come first in the file are known; ``write(to:open:)``
/// then copies the old names, appends the new ones and merges the records
/// in id order. The result is byte for byte what decoding the old file,
/// adding each analysis to an `EntityCacheBuilder`, keeping only ids in
/// `keeping` and encoding gives: old names and records are kept as they are,
/// new names are appended in the order the builder interns them, a later
/// analysis of an id replaces an earlier one, and new records replace old
/// ones of the same id. An old file that is missing, damaged or of another
/// analyzer version counts as empty.
struct EntityCacheMerge {
  let analyzerVersion: String
  let keep: Set<ArticleID>?
  private var names: NewNames
  private var records: [NewRecord]
  /// Whether the old file is a valid cache of this version (read again by `write`).
  private(set) var usesOldFile = false
  /// The analyzer version in the old file's header, even when the rest could
  /// not be read (nil without a readable header).
  private(set) var oldFileVersion: String?
  private var oldNameCount: UInt32 = 0
  private var recordCount: UInt64 = 0
  /// The new file's length, checksum excluded.
  private(set) var length = 0

  /// Plans the merge of `analyses` into the file `open` streams (each call a new pass).
  init(
    analyses: [(ArticleID, EntityCacheFile.Stamp, [ArticleEntity])], analyzerVersion: String,
    keeping keep: Set<ArticleID>?, open: () -> CacheFileStream?
  ) {
    self.analyzerVersion = analyzerVersion
    self.keep = keep
    let analyses = keep.map { keep in analyses.filter { keep.contains($0.0) } } ?? analyses
    let newIDs = Set(analyses.map(\.0))
    var names = NewNames(analyses)
    var nameCount: UInt32 = 0
    var nameBytes = 0
    var keptRecords: UInt64 = 0
    var keptBytes = 0
    var oldFileVersion: String?
    if var stream = open() {
      let version = EntityCacheFile.stream(
        &stream,
        version: { version in
          oldFileVersion = version
          return version == analyzerVersion
        },
        name: { name in
          var name = name
          name.withUTF8 { names.noteOld(UnsafeRawBufferPointer($0), position: nameCount) }
          nameBytes += 4 + name.utf8.count
          nameCount += 1
        },
        record: { id, _, reader, count in
          let start = reader.offset
          guard EntityCacheFile.skipEntities(&reader, nameCount: count) else { return false }
          if !newIDs.contains(id), keep?.contains(id) ?? true {
            keptRecords += 1
            keptBytes += 1 + id.withUTF8 { $0.count } + 16 + (reader.offset - start)
          }
          return true
        })
      usesOldFile = version == analyzerVersion
    }
    self.oldFileVersion = oldFileVersion
    if !usesOldFile {
      names = NewNames(analyses)
      (nameCount, nameBytes, keptRecords, keptBytes) = (0, 0, 0, 0)
    }
    var records = names.records(analyses, oldNameCount: nameCount)
    records.sort { $0.id < $1.id }
    self.names = names
    self.records = records
    oldNameCount = nameCount
    recordCount = keptRecords + UInt64(records.count)
    let header = EntityCacheFile.magic.count + 4 + 4 + analyzerVersion.utf8.count + 4
    let newBytes = records.reduce(0) { $0 + $1.encodedCount }
    length = header + nameBytes + names.addedBytes + 8 + keptBytes + newBytes
  }

  /// Writes the merged file to `output`; false when the old file changed or
  /// could not be read since the plan (the output is then incomplete).
  func write(to output: inout CacheFileWriter, open: () -> CacheFileStream?) -> Bool {
    output.append(EntityCacheFile.magic)
    output.append(EntityCacheFile.formatVersion)
    output.append(analyzerVersion)
    output.append(oldNameCount + UInt32(names.added.count))
    var namesDone = false
    var namesWritten: UInt32 = 0
    var next = 0
    var written: UInt64 = 0
    func finishNames(_ output: inout CacheFileWriter) {
      guard !namesDone else { return }
      namesDone = true
      for name in names.added { output.append(name) }
      output.append(recordCount)
    }
    func writeNextNew(_ output: inout CacheFileWriter) {
      records[next].write(to: &output)
      written += 1
      next += 1
    }
    if usesOldFile {
      guard var stream = open() else { return false }
      let version = EntityCacheFile.stream(
        &stream, version: { $0 == analyzerVersion },
        name: { name in
          output.append(name)
          namesWritten += 1
        },
        record: { id, stamp, reader, count in
          finishNames(&output)
          let start = reader.offset
          guard EntityCacheFile.skipEntities(&reader, nameCount: count) else { return false }
          while next < records.count, records[next].id < id { writeNextNew(&output) }
          // An old record of an id analyzed again is replaced by the new one.
          if next < records.count, records[next].id == id {
            writeNextNew(&output)
          } else if keep?.contains(id) ?? true {
            id.withUTF8 { bytes in
              Self.writeRecord(
                id: bytes, stamp: stamp,
                entities: UnsafeRawBufferPointer(rebasing: reader.raw[start..<reader.offset]),
                to: &output)
            }
            written += 1
          }
          return true
        })
      guard version == analyzerVersion, namesWritten == oldNameCount else { return false }
    }
    finishNames(&output)
    while next < records.count { writeNextNew(&output) }
    return written == recordCount
  }

  /// Writes one record: the id (u8 byte count, then its bytes), the file's
  /// size and time, then the encoded entity list.
  static func writeRecord(
    id: UnsafeRawBufferPointer, stamp: EntityCacheFile.Stamp, entities: UnsafeRawBufferPointer,
    to output: inout CacheFileWriter
  ) {
    output.append(UInt8(truncatingIfNeeded: id.count))
    output.append(id)
    output.append(UInt64(bitPattern: stamp.size))
    output.append(stamp.modificationTime.bitPattern)
    output.append(entities)
  }
}

extension EntityCacheMerge {
  /// A new record of a merge: its id's bytes and its encoded entity list.
  struct NewRecord {
    let id: ArticleID
    let idBytes: [UInt8]
    let stamp: EntityCacheFile.Stamp
    let entities: [UInt8]

    /// Its length in the file.
    var encodedCount: Int { 1 + idBytes.count + 16 + entities.count }

    func write(to output: inout CacheFileWriter) {
      idBytes.withUnsafeBytes { id in
        entities.withUnsafeBytes { entities in
          EntityCacheMerge.writeRecord(id: id, stamp: stamp, entities: entities, to: &output)
        }
      }
    }
  }

  /// The names a merge's new records use: which are in the old table (first
  /// position wins, as when the builder reads it) and which are appended.
  struct NewNames {
    /// Each name the analyses use, by a hash of its UTF-8, to its old position once found.
    private var wanted: [UInt64: [(name: String, position: UInt32?)]] = [:]
    /// Names not in the old table, in the order first used.
    private(set) var added: [String] = []
    private var addedPositions: [String: UInt32] = [:]
    private(set) var addedBytes = 0

    init(_ analyses: [(ArticleID, EntityCacheFile.Stamp, [ArticleEntity])]) {
      for (_, _, entities) in analyses {
        for entity in entities.prefix(EntityCacheFile.maxEntitiesPerArticle) {
          want(entity.name)
          for alias in entity.aliases.prefix(EntityCacheFile.maxAliases) { want(alias) }
        }
      }
    }

    private mutating func want(_ name: String) {
      var name = name
      let hash = name.withUTF8 { Self.hash(UnsafeRawBufferPointer($0)) }
      if wanted[hash]?.contains(where: { $0.name == name }) == true { return }
      wanted[hash, default: []].append((name, nil))
    }

    /// Records that the old table has `bytes` at `position`.
    mutating func noteOld(_ bytes: UnsafeRawBufferPointer, position: UInt32) {
      let hash = Self.hash(bytes)
      guard var candidates = wanted[hash] else { return }
      for index in candidates.indices where candidates[index].position == nil {
        var name = candidates[index].name
        if name.withUTF8({ $0.elementsEqual(bytes) }) { candidates[index].position = position }
      }
      wanted[hash] = candidates
    }

    /// The new records, their names interned (after `oldNameCount` old ones);
    /// for an id analyzed twice, the last analysis.
    mutating func records(
      _ analyses: [(ArticleID, EntityCacheFile.Stamp, [ArticleEntity])], oldNameCount: UInt32
    ) -> [NewRecord] {
      var byID: [ArticleID: Int] = [:]
      var records: [NewRecord] = []
      for (id, stamp, entities) in analyses {
        var bytes: [UInt8] = []
        let kept = entities.prefix(EntityCacheFile.maxEntitiesPerArticle)
        StoreIndex.append(UInt16(kept.count), to: &bytes)
        for entity in kept {
          StoreIndex.append(intern(entity.name, after: oldNameCount), to: &bytes)
          bytes.append(entity.kind.rawValue)
          StoreIndex.append(UInt32(clamping: entity.mentions), to: &bytes)
          let aliases = entity.aliases.prefix(EntityCacheFile.maxAliases)
          bytes.append(UInt8(aliases.count))
          for alias in aliases { StoreIndex.append(intern(alias, after: oldNameCount), to: &bytes) }
        }
        let record = NewRecord(
          id: id, idBytes: id.withUTF8 { Array($0) }, stamp: stamp, entities: bytes)
        if let earlier = byID[id] {
          records[earlier] = record
        } else {
          byID[id] = records.count
          records.append(record)
        }
      }
      return records
    }

    private mutating func intern(_ name: String, after oldNameCount: UInt32) -> UInt32 {
      var bytes = name
      let hash = bytes.withUTF8 { Self.hash(UnsafeRawBufferPointer($0)) }
      if let old = wanted[hash]?.first(where: { $0.name == name })?.position { return old }
      if let position = addedPositions[name] { return position }
      let position = oldNameCount + UInt32(added.count)
      added.append(name)
      addedPositions[name] = position
      addedBytes += 4 + name.utf8.count
      return position
    }

    /// FNV-1a over the bytes.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
      var hash: UInt64 = 0xCBF2_9CE4_8422_2325
      for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
      return hash
    }
  }
}
