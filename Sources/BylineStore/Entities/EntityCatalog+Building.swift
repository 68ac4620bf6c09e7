extension EntityCatalog {
  /// Aggregates the cached analyses of `summaries` into a catalog.
  ///
  /// Records for articles not in `summaries` are ignored; summaries without a
  /// record count as unanalyzed. `corrections` are applied on top.
  static func build(
    from cache: EntityCacheFile?, summaries: [ArticleSummary],
    corrections: EntityCorrections = EntityCorrections()
  ) -> EntityCatalog {
    guard let cache else { return EntityCatalog(articleCount: summaries.count) }
    var ordinals: [ArticleID: Int32] = [:]
    ordinals.reserveCapacity(summaries.count)
    for (ordinal, summary) in summaries.enumerated() { ordinals[summary.id] = Int32(ordinal) }

    var aggregator = Aggregator(names: cache.names, corrections: corrections)
    var analyzed = 0
    for record in cache.records {
      guard let ordinal = ordinals[record.id] else { continue }
      analyzed += 1
      cache.forEachEntity(in: record) { name, kind, mentions, aliases in
        aggregator.add(name: name, kind: kind, mentions: mentions, aliases: aliases, in: ordinal)
      }
    }
    aggregator.mergeBareSurnames()
    return aggregator.catalog(
      unanalyzed: summaries.count - analyzed, articleCount: summaries.count)
  }
}

extension EntityCatalog {
  /// ``build(from:summaries:corrections:)`` in one pass over the cache file,
  /// holding only the names and the catalog; nil when the stream cannot be
  /// read to the end (the caller then reads the whole file).
  static func build(
    streaming stream: inout CacheFileStream, analyzerVersion: String,
    summaries: [ArticleSummary], corrections: EntityCorrections = EntityCorrections()
  ) -> EntityCatalog? {
    var ordinals: [ArticleID: Int32] = [:]
    ordinals.reserveCapacity(summaries.count)
    for (ordinal, summary) in summaries.enumerated() { ordinals[summary.id] = Int32(ordinal) }
    var names: [String] = []
    var aggregator: Aggregator?
    var analyzed = 0
    let version = EntityCacheFile.stream(
      &stream, name: { names.append($0) },
      record: { id, _, reader, nameCount in
        guard let ordinal = ordinals[id] else {
          return EntityCacheFile.skipEntities(&reader, nameCount: nameCount)
        }
        if aggregator == nil { aggregator = Aggregator(names: names, corrections: corrections) }
        analyzed += 1
        return EntityCacheFile.readEntities(&reader, nameCount: nameCount) {
          name, kind, mentions, aliases in
          aggregator?.add(
            name: name, kind: kind, mentions: mentions, aliases: aliases, in: ordinal)
        }
      })
    guard let version else { return nil }
    guard version == analyzerVersion, var aggregator else {
      return EntityCatalog(articleCount: summaries.count)
    }
    aggregator.mergeBareSurnames()
    return aggregator.catalog(
      unanalyzed: summaries.count - analyzed, articleCount: summaries.count)
  }
}

/// Accumulates per-article entities into store-wide entries keyed by interned name and kind.
private struct Aggregator {
  let names: [String]
  let corrections: EntityCorrections
  var positions: [UInt64: Int] = [:]
  var entities: [EntityCatalog.Entity] = []
  var postings: [[Int32]] = []
  var aliasRefs: [Set<UInt32>] = []
  var nameRefs: [UInt32] = []
  /// Corrections decided per interned name (nil: not yet looked up).
  var decisions: [UInt32: EntityCorrections.Decision] = [:]

  init(names: [String], corrections: EntityCorrections) {
    self.names = names
    self.corrections = corrections
  }

  mutating func add(
    name: UInt32, kind: ArticleEntity.Kind, mentions: Int, aliases: [UInt32], in ordinal: Int32
  ) {
    var kind = kind
    if !corrections.isEmpty {
      let decision = decisions[name] ?? corrections.decision(for: names[Int(name)])
      decisions[name] = decision
      switch decision {
      case .keep: break
      case .reject: return
      case .kind(let corrected): kind = corrected
      }
    }
    let key = UInt64(name) << 8 | UInt64(kind.rawValue)
    let position: Int
    if let known = positions[key] {
      position = known
    } else {
      position = entities.count
      positions[key] = position
      entities.append(
        EntityCatalog.Entity(
          name: names[Int(name)], kind: kind, articles: 0, mentions: 0, aliases: []))
      postings.append([])
      aliasRefs.append([])
      nameRefs.append(name)
    }
    entities[position].mentions += mentions
    if postings[position].last != ordinal {
      postings[position].append(ordinal)
      entities[position].articles += 1
    }
    aliasRefs[position].formUnion(aliases)
  }

  /// Folds a one-word name into the single fuller entity of its kind that uses it as an alias.
  mutating func mergeBareSurnames() {
    var owners: [UInt64: [Int]] = [:]
    for position in entities.indices {
      for alias in aliasRefs[position] {
        owners[UInt64(alias) << 8 | UInt64(entities[position].kind.rawValue), default: []]
          .append(position)
      }
    }
    var merged = Set<Int>()
    for position in entities.indices {
      let name = entities[position].name
      guard !name.contains(" "),
        let candidates = owners[
          UInt64(nameRefs[position]) << 8
            | UInt64(entities[position].kind.rawValue)],
        candidates.count == 1, let owner = candidates.first, owner != position,
        !merged.contains(owner)
      else { continue }
      let union = Set(postings[owner]).union(postings[position])
      postings[owner] = union.sorted()
      entities[owner].articles = union.count
      entities[owner].mentions += entities[position].mentions
      aliasRefs[owner].formUnion(aliasRefs[position])
      aliasRefs[owner].insert(nameRefs[position])
      merged.insert(position)
    }
    guard !merged.isEmpty else { return }
    let kept = entities.indices.filter { !merged.contains($0) }
    entities = kept.map { entities[$0] }
    postings = kept.map { postings[$0] }
    aliasRefs = kept.map { aliasRefs[$0] }
    nameRefs = kept.map { nameRefs[$0] }
  }

  func catalog(unanalyzed: Int, articleCount: Int) -> EntityCatalog {
    var finished = entities
    for position in finished.indices {
      let own = nameRefs[position]
      finished[position].aliases = aliasRefs[position].filter { $0 != own }
        .map { names[Int($0)] }.sorted()
    }
    return EntityCatalog(
      entities: finished, postings: postings, unanalyzedArticles: unanalyzed,
      articleCount: articleCount)
  }
}
