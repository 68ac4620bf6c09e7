import BylineTestSupport
import Foundation
import Testing

@testable import BylineStore

/// The index is read through a window of about a mebibyte: the results must be
/// exactly those of reading the whole file, and any damage must still be caught.
@Suite struct CacheFileStreamTests {
  /// An index of `count` entries with titles long enough to span several windows.
  static func index(count: Int, titleLength: Int = 200) -> StoreIndex {
    var entries: [StoreIndex.Entry] = []
    for number in 0..<count {
      let title = "Title \(number) " + String(repeating: "é", count: titleLength / 2)
      let summary = ArticleSummary(
        id: ArticleID(String(format: "%020d", number)), title: title,
        source: "Feed \(number % 50)", author: number % 3 == 0 ? "" : "Author \(number)",
        date: Date(timeIntervalSince1970: Double(number) * 3600),
        url: "https://x.example/\(number)")
      let kind: StoreIndex.Kind = number % 97 == 5 ? .empty : .article
      entries.append(
        StoreIndex.Entry(
          kind: kind, summary: summary, size: Int64(1000 + number),
          modificationTime: Double(number) + 0.5))
    }
    return StoreIndex(directoryModificationTime: 1234.5, isRacy: false, entries: entries)
  }

  static func stream(_ bytes: [UInt8], in directory: URL) throws -> CacheFileStream? {
    let path = directory.path + "/index"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return CacheFileStream(
      path: path, fileSystem: PosixFileSystem(), maxBytes: 1 << 30, wideChecksum: true)
  }

  @Test(
    "the checksum computed piece by piece equals the checksum of the whole, wherever the pieces split"
  )
  func incrementalChecksum() {
    var state: UInt64 = 42
    for length in [0, 1, 7, 8, 9, 63, 64, 1000] {
      let bytes = (0..<length).map { _ -> UInt8 in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return UInt8(truncatingIfNeeded: state >> 40)
      }
      for split in Set([0, 5, length / 3, length / 2, max(0, length - 1), length])
      where split <= length {
        var wide = IndexChecksum.Wide(length: length)
        bytes.withUnsafeBytes { raw in
          wide.update(UnsafeRawBufferPointer(rebasing: raw[..<split]))
          wide.update(UnsafeRawBufferPointer(rebasing: raw[split...]))
        }
        #expect(
          wide.finish() == IndexChecksum.Wide.hash(bytes[...]),
          "wide, length \(length) split \(split)")
        var checksum = IndexChecksum.Incremental(length: length)
        bytes.withUnsafeBytes { raw in
          checksum.update(UnsafeRawBufferPointer(rebasing: raw[..<split]))
          checksum.update(UnsafeRawBufferPointer(rebasing: raw[split...]))
        }
        #expect(
          checksum.finish() == IndexChecksum.hash(bytes[...]), "length \(length) split \(split)")
      }
    }
  }

  @Test("an index of several mebibytes streams to the same summaries and stamps as a whole read")
  func largeIndexRoundTrip() throws {
    let index = Self.index(count: 12_000)
    let bytes = index.encoded()
    #expect(bytes.count > 3 * CacheFileStream.chunkSize)
    try withTemporaryDirectory { directory in
      guard var stream = try Self.stream(bytes, in: directory) else {
        Issue.record("cannot open the index")
        return
      }
      let decoded = StoreIndex.freshSummaries(&stream, directoryModificationTime: 1234.5)
      let summaries = try #require(decoded)
      #expect(summaries == index.entries.filter { $0.kind == .article }.map(\.summary))
      guard var again = try Self.stream(bytes, in: directory) else {
        Issue.record("cannot open the index")
        return
      }
      let decodedStamps = StoreIndex.stamps(&again)
      let stamps = try #require(decodedStamps)
      #expect(stamps.stamps.map(\.id) == index.entries.map(\.summary.id))
      #expect(stamps.stamps.last?.size == index.entries.last?.size)
      guard var stale = try Self.stream(bytes, in: directory) else {
        Issue.record("cannot open the index")
        return
      }
      let staleSummaries = StoreIndex.freshSummaries(&stale, directoryModificationTime: 99)
      #expect(staleSummaries == nil)
    }
  }

  @Test(
    "one damaged byte anywhere, or a truncated file, is caught", arguments: [0.01, 0.5, 0.99, 1.0])
  func damageIsCaught(at fraction: Double) throws {
    var bytes = Self.index(count: 8_000).encoded()
    try withTemporaryDirectory { directory in
      let position = min(bytes.count - 1, Int(Double(bytes.count) * fraction))
      var damaged = bytes
      damaged[position] ^= 0x20
      guard var stream = try Self.stream(damaged, in: directory) else {
        Issue.record("cannot open the index")
        return
      }
      let summaries = StoreIndex.freshSummaries(&stream, directoryModificationTime: 1234.5)
      #expect(summaries == nil)
      bytes.removeLast(max(1, bytes.count - position))
      if var truncated = try Self.stream(bytes, in: directory) {
        let stamps = StoreIndex.stamps(&truncated)
        #expect(stamps == nil)
      }
    }
  }

  @Test("a record longer than the window fails the stream; the whole-file decoder still reads it")
  func oversizedRecord() throws {
    let index = Self.index(count: 3, titleLength: 2 * CacheFileStream.maxRecord)
    let bytes = index.encoded()
    try withTemporaryDirectory { directory in
      guard var stream = try Self.stream(bytes, in: directory) else {
        Issue.record("cannot open the index")
        return
      }
      let summaries = StoreIndex.freshSummaries(&stream, directoryModificationTime: 1234.5)
      #expect(summaries == nil)
      #expect(StoreIndex.decode(bytes) == index)
    }
  }
}
