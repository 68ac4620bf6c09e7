#if canImport(Glibc)
  import Glibc
#endif

extension ArticleStore {
  /// Rewrites the index with its racy flag cleared, after a sweep found every
  /// file as listed; best effort (a failure leaves the old file, still valid).
  ///
  /// Copied through a window of a mebibyte, as the sweep read it: loading
  /// and encoding the whole index (tens of megabytes at 100,000 articles)
  /// would be the reader's largest allocation. The copy is abandoned when the
  /// file no longer has `directoryTime` or its checksum does not match.
  func clearRacyFlag(directoryTime: Double) {
    guard !isReadOnly,
      let source = try? fileSystem.open(layout.index, flags: O_RDONLY | O_NOFOLLOW, mode: 0)
    else { return }
    defer { fileSystem.closeQuietly(source) }
    guard let size = try? fileSystem.fstat(source).size, size >= StoreIndex.headerSize + 8,
      size < Int64(Self.maxIndexBytes)
    else { return }
    let body = Int(size) - 8
    replaceCacheFile(at: layout.index) { target in
      var copied = 0
      var stored: [UInt8] = []
      var old = IndexChecksum.Wide(length: body)
      var new = IndexChecksum.Wide(length: body)
      while copied < body || stored.count < 8 {
        guard var chunk = try? fileSystem.read(source, count: 1 << 20), !chunk.isEmpty else {
          return false
        }
        let bodyBytes = min(chunk.count, max(0, body - copied))
        stored.append(contentsOf: chunk[bodyBytes...])
        chunk.removeLast(chunk.count - bodyBytes)
        chunk.withUnsafeBytes { old.update($0) }
        // The header: flags at 12 (bit 0, racy), the folder's time at 16.
        for offset in copied..<max(copied, min(copied + chunk.count, StoreIndex.headerSize)) {
          let byte = chunk[offset - copied]
          if offset == 12 { chunk[offset - copied] = byte & ~1 }
          if offset >= 16, offset < 24,
            byte != UInt8(truncatingIfNeeded: directoryTime.bitPattern >> UInt64(8 * (offset - 16)))
          {
            return false
          }
        }
        chunk.withUnsafeBytes { new.update($0) }
        guard (try? fileSystem.writeAll(target, chunk)) != nil else { return false }
        copied += chunk.count
      }
      guard stored.count == 8, copied == body,
        UInt64(littleEndian: stored.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
          == old.finish()
      else { return false }
      var trailer: [UInt8] = []
      StoreIndex.append(new.finish(), to: &trailer)
      return (try? fileSystem.writeAll(target, trailer)) != nil
    }
  }
}
