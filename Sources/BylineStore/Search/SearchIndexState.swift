import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The search index as an update sees it: the manifest and its open segments.
struct SearchIndexState {
  var manifest: SearchManifest
  /// Open segments by name, for every segment in the manifest.
  var segments: [String: SearchSegment]
  /// True when the manifest must be saved.
  var changed = false

  /// The index in `directory`; segments that are missing or damaged are dropped
  /// (`verify` also checks each file's checksum), and so is a damaged manifest.
  static func load(_ directory: SearchIndexDirectory, verify: Bool) -> SearchIndexState {
    guard let stored = directory.loadManifest() else {
      return SearchIndexState(manifest: SearchManifest(), segments: [:], changed: true)
    }
    var state = SearchIndexState(manifest: SearchManifest(), segments: [:])
    for entry in stored.segments {
      guard
        let segment = SearchSegment(
          path: directory.segmentPath(entry.name), fileSystem: directory.fileSystem),
        segment.documentCount == entry.documentCount, !verify || segment.isIntact()
      else {
        state.changed = true
        continue
      }
      state.manifest.segments.append(entry)
      state.segments[entry.name] = segment
    }
    return state
  }

  /// Marks documents deleted whose key is not in `wanted` or that repeat an earlier one.
  ///
  /// - Returns: the keys still indexed.
  mutating func markDeleted(keeping wanted: Set<UInt64>) -> Set<UInt64> {
    var seen: Set<UInt64> = []
    seen.reserveCapacity(wanted.count)
    for position in manifest.segments.indices {
      let name = manifest.segments[position].name
      var segment = manifest.segments[position]
      let readable =
        segments[name]?.forEachDocument { number, key, _ in
          guard !segment.isDeleted(number) else { return }
          if !wanted.contains(key) || !seen.insert(key).inserted { segment.delete(number) }
        } ?? false
      if !readable { segment.deleted = segment.deleted.map { _ in 0xFF } }
      if segment != manifest.segments[position] {
        manifest.segments[position] = segment
        changed = true
      }
    }
    manifest.segments.removeAll { segment in
      let empty = segment.liveCount <= 0
      if empty { changed = true }
      return empty
    }
    return seen
  }

  /// Writes a new segment and adds it to the manifest.
  mutating func add(
    _ bytes: [UInt8], documentCount: Int, _ directory: SearchIndexDirectory
  ) throws(StoreError) {
    guard documentCount > 0 else { return }
    let name = try directory.writeSegment(bytes)
    guard
      let segment = SearchSegment(
        path: directory.segmentPath(name), fileSystem: directory.fileSystem)
    else {
      throw StoreError.io(
        action: "writing the search index",
        failure: SystemCallError(call: "open", path: directory.segmentPath(name), code: EIO))
    }
    manifest.segments.append(SearchManifest.Segment(name: name, documentCount: documentCount))
    segments[name] = segment
    changed = true
  }

  /// Merges small segments when there are too many, and rewrites mostly deleted ones.
  mutating func mergeIfNeeded(_ directory: SearchIndexDirectory) throws(StoreError) {
    let maxMerged = ArticleStore.searchMaxMergedDocuments
    var groups: [[Int]] = []
    let sparse = manifest.segments.indices.filter {
      manifest.segments[$0].deletedCount * 3 > manifest.segments[$0].documentCount
    }
    let small = manifest.segments.indices.filter {
      !sparse.contains($0) && manifest.segments[$0].liveCount < maxMerged / 2
    }
    if small.count > ArticleStore.searchMaxSmallSegments {
      var group: [Int] = []
      var total = 0
      for position in small.sorted(by: {
        manifest.segments[$0].liveCount < manifest.segments[$1].liveCount
      }) {
        let live = manifest.segments[position].liveCount
        if group.count >= 2 && total + live > maxMerged { break }
        group.append(position)
        total += live
      }
      groups.append(group)
    }
    groups += sparse.map { [$0] }
    guard !groups.isEmpty else { return }
    var replaced: [Int: SearchManifest.Segment?] = [:]
    for group in groups {
      let merged = try merge(group.sorted(), directory)
      for position in group { replaced[position] = .some(nil) }
      if let merged, let first = group.min() { replaced[first] = .some(merged) }
    }
    var segmentsAfter: [SearchManifest.Segment] = []
    for (position, segment) in manifest.segments.enumerated() {
      if let replacement = replaced[position] {
        if let replacement { segmentsAfter.append(replacement) }
      } else {
        segmentsAfter.append(segment)
      }
    }
    manifest.segments = segmentsAfter
    changed = true
  }

  /// One new segment with the live documents of the segments at `positions`.
  ///
  /// Documents keep their order; nil when none is left. Segments that fail
  /// their checksum are left out (their articles are indexed again).
  private mutating func merge(
    _ positions: [Int], _ directory: SearchIndexDirectory
  ) throws(StoreError) -> SearchManifest.Segment? {
    var builder = SearchSegmentBuilder()
    for position in positions {
      let entry = manifest.segments[position]
      // A damaged segment's documents are left out (the next update indexes them again).
      guard let segment = segments[entry.name], segment.isIntact(),
        let documents = segment.documents()
      else { continue }
      var numbers = [Int](repeating: -1, count: documents.count)
      for (number, document) in documents.enumerated() where !entry.isDeleted(number) {
        numbers[number] = builder.addDocument(key: document.key, id: document.id)
      }
      let complete = segment.allTerms { term, list in
        for old in list where numbers[old] >= 0 { builder.addPosting(term, numbers[old]) }
      }
      guard complete else {
        throw StoreError.io(
          action: "merging the search index",
          failure: SystemCallError(call: "read", path: directory.segmentPath(entry.name), code: EIO)
        )
      }
    }
    guard builder.documentCount > 0 else { return nil }
    let name = try directory.writeSegment(builder.encoded())
    guard
      let segment = SearchSegment(
        path: directory.segmentPath(name), fileSystem: directory.fileSystem)
    else { return nil }
    segments[name] = segment
    return SearchManifest.Segment(name: name, documentCount: builder.documentCount)
  }
}
