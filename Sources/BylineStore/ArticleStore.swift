import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A directory of article files, with per-user read/star state.
///
/// The article files in `articles/` are the truth; see `StoreLayout` for the
/// whole layout. Any number of `ArticleStore` values, in one process or
/// several, may use one directory at once: reading takes no lock, articles
/// are published with `link()` so each is complete or absent, and read/star
/// changes are appended to a journal. All stored properties are constants,
/// so a store can be shared between a run loop and background tasks.
public final class ArticleStore: Sendable {
  /// The store directory.
  public let directory: URL
  /// True when the store exists but cannot be written (its directory is not
  /// writable): it can be listed and read, and every write throws `.readOnly`.
  public let isReadOnly: Bool

  let fileSystem: any FileSystem
  let layout: StoreLayout
  let clock: @Sendable () -> Date

  /// Temporary files older than this (in seconds) are left over from a crash.
  static let staleTemporaryAge: Double = 3600

  /// Opens the store in `directory`.
  ///
  /// A missing store is not created unless `createIfMissing` is true; it reads
  /// as empty, and the first import creates it. Opening a writable store
  /// removes temporary files left in `tmp/` by crashed writers.
  /// - Parameters:
  ///   - fileSystem: the system-call layer; tests pass a `FaultInjectingFileSystem`.
  ///   - now: the clock used for import times.
  /// - Throws: `.notADirectory`, `.newerFormat`, `.unrecognizedVersionFile`, or
  ///   (when creating) `.notAStore` and `.io`.
  public init(
    directory: URL, createIfMissing: Bool, fileSystem: any FileSystem = PosixFileSystem(),
    now: @escaping @Sendable () -> Date = { Date() }
  ) throws(StoreError) {
    self.directory = directory.standardizedFileURL
    self.fileSystem = fileSystem
    self.layout = StoreLayout(root: directory.standardizedFileURL.path)
    self.clock = now
    let status = try Self.status(of: layout.root, fileSystem)
    if let status, status.kind != .directory { throw StoreError.notADirectory(path: layout.root) }
    let exists = status != nil
    isReadOnly = exists && !fileSystem.isWritable(layout.root)
    if exists { try checkVersion() }
    if createIfMissing && !isReadOnly { try prepareForWriting() }
    if exists && !isReadOnly { removeStaleTemporaryFiles() }
  }

  /// The status of `path`, nil when it does not exist.
  static func status(
    of path: String, _ fileSystem: any FileSystem
  ) throws(StoreError) -> FileStatus? {
    do {
      return try fileSystem.stat(path, followLinks: true)
    } catch {
      if error.code == ENOENT { return nil }
      if error.code == ENOTDIR { throw StoreError.notADirectory(path: path) }
      throw StoreError.io(action: "opening the store", failure: error)
    }
  }

  var writer: AtomicWriter { AtomicWriter(fileSystem: fileSystem, layout: layout) }
  var journal: StateJournal { StateJournal(fileSystem: fileSystem, layout: layout) }

  /// Refuses a store written in a newer format, or with a garbled version file.
  func checkVersion() throws(StoreError) {
    let bytes: [UInt8]
    do {
      let fd = try fileSystem.open(layout.versionFile, flags: O_RDONLY, mode: 0)
      defer { fileSystem.closeQuietly(fd) }
      bytes = try fileSystem.readAll(fd, limit: 4096)
    } catch {
      if error.code == ENOENT { return }
      throw StoreError.io(action: "reading the store version", failure: error)
    }
    guard let version = StoreLayout.version(fromFileText: String(decoding: bytes, as: UTF8.self))
    else { throw StoreError.unrecognizedVersionFile(path: layout.versionFile) }
    if version > StoreLayout.formatVersion {
      throw StoreError.newerFormat(
        path: layout.root, found: version, supported: StoreLayout.formatVersion)
    }
  }

  /// Best effort: removes `tmp/` files left behind by writers that are gone.
  ///
  /// A file is stale when the process that created it (the pid that starts
  /// its name, see `AtomicWriter.uniqueName()`) no longer exists, or when it
  /// is older than `staleTemporaryAge` whatever its name. Young files of
  /// running processes may belong to a write under way and are kept. A
  /// writer in another pid namespace sharing the store looks dead from here;
  /// its write then fails with a clear error instead of publishing anything.
  func removeStaleTemporaryFiles() {
    guard let names = try? fileSystem.listDirectory(layout.tmp) else { return }
    let cutoff = clock().timeIntervalSince1970 - Self.staleTemporaryAge
    for name in names {
      let path = layout.tmp + "/" + name
      guard let status = try? fileSystem.stat(path, followLinks: false),
        status.kind != .directory
      else { continue }
      let writerGone = AtomicWriter.writerPID(ofTemporaryName: name).map(Self.isGone) ?? false
      guard writerGone || status.modificationTime < cutoff else { continue }
      try? fileSystem.unlink(path)
    }
  }

  /// Whether no process `pid` exists (`kill(pid, 0)` fails with `ESRCH`).
  ///
  /// A process of another user (`EPERM`) counts as running.
  static func isGone(_ pid: pid_t) -> Bool {
    kill(pid, 0) == -1 && errno == ESRCH
  }

  /// Throws `.readOnly` when the store cannot be written.
  func requireWritable() throws(StoreError) {
    if isReadOnly { throw StoreError.readOnly(path: layout.root) }
  }

  /// Maps a failed system call during `action` to a `StoreError`.
  func storeError(_ action: String, _ failure: SystemCallError) -> StoreError {
    failure.code == EROFS ? .readOnly(path: layout.root) : .io(action: action, failure: failure)
  }
}
