import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The files of `<store>/cache/search-v1/`: manifest, segments and the update lock.
///
/// Updates hold an exclusive `flock` on `lock`, so two processes never
/// replace each other's manifest; queries take no lock (segments are never
/// changed in place, and one removed under a query reads as missing).
struct SearchIndexDirectory: Sendable {
  let fileSystem: any FileSystem
  let layout: StoreLayout
  let writer: AtomicWriter

  var path: String { layout.searchIndex }
  var manifestPath: String { path + "/manifest" }
  var lockPath: String { path + "/lock" }

  func segmentPath(_ name: String) -> String { path + "/" + name }

  /// The manifest; nil when missing or damaged.
  func loadManifest() -> SearchManifest? {
    do {
      let fd = try fileSystem.open(manifestPath, flags: O_RDONLY | O_NOFOLLOW, mode: 0)
      defer { fileSystem.closeQuietly(fd) }
      return SearchManifest.decode(try fileSystem.readAll(fd, limit: 64 << 20))
    } catch {
      return nil
    }
  }

  /// Creates `cache/` and `cache/search-v1/` when missing.
  func prepare() throws(SystemCallError) {
    for directory in [layout.cache, path] where !fileSystem.exists(directory) {
      do {
        try fileSystem.mkdir(directory, mode: 0o755)
      } catch  where error.code == EEXIST {}
    }
  }

  /// Runs `body` holding the update lock.
  func withLock<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
    let fd: Int32
    do {
      try prepare()
      fd = try fileSystem.open(lockPath, flags: O_RDWR | O_CREAT | O_NOFOLLOW, mode: 0o644)
    } catch {
      throw StoreError.io(action: "opening the search index", failure: error)
    }
    defer { fileSystem.closeQuietly(fd) }
    do {
      try fileSystem.flock(fd, LOCK_EX)
    } catch {
      throw StoreError.io(action: "locking the search index", failure: error)
    }
    defer { try? fileSystem.flock(fd, LOCK_UN) }
    return try body()
  }

  /// Writes a new segment file; returns its name.
  func writeSegment(_ bytes: [UInt8]) throws(StoreError) -> String {
    let name = Self.uniqueName()
    do {
      try writer.replace(bytes, at: segmentPath(name), directory: path)
    } catch {
      throw StoreError.io(action: "writing the search index", failure: error)
    }
    return name
  }

  /// Replaces the manifest, then removes segment files it does not name.
  func saveManifest(_ manifest: SearchManifest) throws(StoreError) {
    do {
      try writer.replace(manifest.encoded(), at: manifestPath, directory: path)
    } catch {
      throw StoreError.io(action: "writing the search index", failure: error)
    }
    let live = Set(manifest.segments.map(\.name))
    for name in (try? fileSystem.listDirectory(path)) ?? []
    where name.hasPrefix("segment-") && !live.contains(name) {
      try? fileSystem.unlink(segmentPath(name))
    }
  }

  /// A segment name no other writer will pick: pid, time and a counter, in fixed-width base 36.
  static func uniqueName() -> String {
    let time = UInt64(max(0, Date().timeIntervalSince1970 * 1_000_000))
    let count = NameCounter.shared.next()
    let parts = [(UInt64(getpid()), 7), (time, 12), (count, 6)].map { value, width in
      let digits = String(value, radix: 36)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "segment-" + parts.joined()
  }
}

/// A process-wide counter for unique segment names.
final class NameCounter: @unchecked Sendable {
  static let shared = NameCounter()
  private let lock = NSLock()
  private var value: UInt64 = 0

  func next() -> UInt64 {
    lock.withLock {
      value += 1
      return value
    }
  }
}
