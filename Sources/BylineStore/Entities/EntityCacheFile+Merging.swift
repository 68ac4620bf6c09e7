extension EntityCacheFile {
  /// The cache file `existing` with `analyses` merged in, built from the bytes
  /// without decoding the old file's ids and names into strings.
  ///
  /// The result is byte for byte what decoding `existing`, adding each
  /// analysis to an `EntityCacheBuilder` and encoding gives: old names and
  /// records are copied as they are, new names are appended in the order the
  /// builder interns them, a later analysis of an id replaces an earlier one,
  /// and new records replace old ones of the same id. (One difference: a new
  /// name is matched to an old one by its bytes, where the builder compares
  /// strings, so a name spelled with other but canonically equivalent
  /// scalars is stored again; readers compare names as strings.) Nil when
  /// `existing` is not a valid cache file of `analyzerVersion`.
  static func merged(
    existing bytes: [UInt8], analyzerVersion: String,
    adding analyses: [(ArticleID, Stamp, [ArticleEntity])]
  ) -> [UInt8]? {
    guard bytes.count >= magic.count + 8, bytes.starts(with: magic) else { return nil }
    let end = bytes.count - 8
    return bytes.withUnsafeBytes { raw -> [UInt8]? in
      let stored = raw.loadUnaligned(fromByteOffset: end, as: UInt64.self)
      guard UInt64(littleEndian: stored) == IndexChecksum.hash(bytes[..<end]) else { return nil }
      var reader = IndexReader(raw: raw, end: end)
      reader.offset = magic.count
      guard reader.u32() == formatVersion, reader.string() == analyzerVersion,
        let oldNameCount = reader.u32(), Int(oldNameCount) <= end / 4
      else { return nil }
      let namesStart = reader.offset
      var names = NewNames(analyses)
      for position in 0..<oldNameCount {
        guard let length = reader.u32().map(Int.init), end - reader.offset >= length else {
          return nil
        }
        names.noteOld(
          UnsafeRawBufferPointer(rebasing: raw[reader.offset..<reader.offset + length]),
          position: position)
        reader.offset += length
      }
      let namesEnd = reader.offset
      var newRecords = names.records(analyses, oldNameCount: oldNameCount)
      newRecords.sort { $0.id < $1.id }

      guard let recordCount = reader.u64(), recordCount <= UInt64(end / 20) else { return nil }
      var oldRecords: [Range<Int>] = []
      oldRecords.reserveCapacity(Int(recordCount))
      var previousID: Range<Int>?
      for _ in 0..<recordCount {
        let start = reader.offset
        guard let idLength = reader.u8(), end - reader.offset >= Int(idLength) else { return nil }
        let id = reader.offset..<reader.offset + Int(idLength)
        if let previousID, !Self.precedes(raw, previousID, raw, id) { return nil }
        previousID = id
        reader.offset += Int(idLength)
        guard reader.u64() != nil, reader.u64() != nil,
          Self.skipEntities(&reader, nameCount: oldNameCount)
        else { return nil }
        oldRecords.append(start..<reader.offset)
      }
      guard reader.offset == end else { return nil }

      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + names.addedBytes + newRecords.count * 256)
      out.append(contentsOf: magic)
      StoreIndex.append(formatVersion, to: &out)
      StoreIndex.append(analyzerVersion, to: &out)
      StoreIndex.append(oldNameCount + UInt32(names.added.count), to: &out)
      out.append(contentsOf: raw[namesStart..<namesEnd])
      for name in names.added { StoreIndex.append(name, to: &out) }
      let countOffset = out.count
      StoreIndex.append(UInt64(0), to: &out)
      var merged: UInt64 = 0
      var next = 0
      for record in oldRecords {
        let idStart = record.lowerBound + 1
        let id = idStart..<idStart + Int(raw[record.lowerBound])
        while next < newRecords.count, newRecords[next].precedesOrEquals(raw, id) {
          newRecords[next].append(to: &out)
          merged += 1
          next += 1
        }
        // An old record of an id just written is replaced by it.
        if next > 0, newRecords[next - 1].equals(raw, id) { continue }
        out.append(contentsOf: raw[record])
        merged += 1
      }
      while next < newRecords.count {
        newRecords[next].append(to: &out)
        merged += 1
        next += 1
      }
      withUnsafeBytes(of: merged.littleEndian) { word in
        for (offset, byte) in word.enumerated() { out[countOffset + offset] = byte }
      }
      StoreIndex.append(IndexChecksum.hash(out[...]), to: &out)
      return out
    }
  }

  /// Whether bytes `a` of `x` sort strictly before bytes `b` of `y`.
  static func precedes(
    _ x: UnsafeRawBufferPointer, _ a: Range<Int>, _ y: UnsafeRawBufferPointer, _ b: Range<Int>
  ) -> Bool {
    let common = min(a.count, b.count)
    for offset in 0..<common where x[a.lowerBound + offset] != y[b.lowerBound + offset] {
      return x[a.lowerBound + offset] < y[b.lowerBound + offset]
    }
    return a.count < b.count
  }
}

/// A new record of a merge: its id's bytes and its encoded entity list.
private struct NewRecord {
  let id: ArticleID
  let idBytes: [UInt8]
  let stamp: EntityCacheFile.Stamp
  let entities: [UInt8]

  /// Whether this id sorts before or equals the old record's id `old` in `raw`.
  func precedesOrEquals(_ raw: UnsafeRawBufferPointer, _ old: Range<Int>) -> Bool {
    idBytes.withUnsafeBytes { mine in
      !EntityCacheFile.precedes(raw, old, mine, 0..<mine.count)
    }
  }

  func equals(_ raw: UnsafeRawBufferPointer, _ old: Range<Int>) -> Bool {
    idBytes.count == old.count && idBytes.elementsEqual(raw[old])
  }

  func append(to out: inout [UInt8]) {
    out.append(UInt8(truncatingIfNeeded: idBytes.count))
    out.append(contentsOf: idBytes)
    StoreIndex.append(UInt64(bitPattern: stamp.size), to: &out)
    StoreIndex.append(stamp.modificationTime.bitPattern, to: &out)
    out.append(contentsOf: entities)
  }
}

/// The names a merge's new records use: which are in the old table (first
/// position wins, as when the builder reads it) and which are appended.
private struct NewNames {
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
