import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes files so that they are either absent, or complete and durable.
///
/// The protocol is maildir's: create a uniquely named file in `<store>/tmp/`
/// (same file system), write it, `fsync` it, then `link()` it to its final
/// name, which fails instead of overwriting an existing file, or `rename()`
/// it over a file it replaces, and `fsync` the directory. A failure at any
/// step removes the temporary file and leaves the previous file untouched.
struct AtomicWriter: Sendable {
  let fileSystem: any FileSystem
  let layout: StoreLayout

  /// Writes `bytes` as a new file at `path` unless a file is already there.
  ///
  /// Does not `fsync` the directory; call `syncDirectory` (once per batch).
  /// - Returns: true when the file was created, false when `path` already existed.
  func createNew(_ bytes: [UInt8], at path: String) throws(SystemCallError) -> Bool {
    let temporary = try writeTemporary(bytes)
    defer { removeQuietly(temporary) }
    return try linkIntoPlace(temporary, path)
  }

  /// Links a complete, fsynced temporary file to `path` unless a file is already there.
  ///
  /// The caller removes the temporary file afterwards.
  func linkIntoPlace(_ temporary: String, _ path: String) throws(SystemCallError) -> Bool {
    do {
      try fileSystem.link(temporary, path)
      return true
    } catch  where error.code == EEXIST {
      return false
    } catch  where Self.linkUnsupported.contains(error.code) {
      // File systems without hard links: check, then rename. Two writers racing
      // here write the same content-derived name, so either result is whole.
      if fileSystem.exists(path) { return false }
      try fileSystem.rename(temporary, path)
      return true
    }
  }

  /// Replaces the file at `path` (or creates it) with `bytes`, atomically and durably.
  func replace(_ bytes: [UInt8], at path: String, directory: String) throws(SystemCallError) {
    try moveIntoPlace(try writeTemporary(bytes), path, directory: directory)
  }

  /// Replaces the file at `path` (or creates it) with what `write` writes, atomically and durably.
  ///
  /// `write` gets a new temporary file's descriptor, so a file can be
  /// streamed out without being held whole. When it returns false the
  /// temporary file is removed and `path` is left as it was.
  /// - Returns: whether `path` was replaced.
  func replace(
    at path: String, directory: String, writing write: (Int32) -> Bool
  ) throws(SystemCallError) -> Bool {
    let (temporary, fd) = try stageTemporary([])
    guard write(fd) else {
      fileSystem.closeQuietly(fd)
      removeQuietly(temporary)
      return false
    }
    try flushAndClose(fd, removingOnFailure: temporary)
    try moveIntoPlace(temporary, path, directory: directory)
    return true
  }

  /// Renames the complete `temporary` file over `path` and makes it durable;
  /// removes `temporary` when the rename fails.
  private func moveIntoPlace(
    _ temporary: String, _ path: String, directory: String
  ) throws(SystemCallError) {
    do {
      try fileSystem.rename(temporary, path)
    } catch {
      removeQuietly(temporary)
      throw error
    }
    try syncDirectory(directory)
  }

  /// Flushes a directory's entries to disk, making renames and links in it durable.
  func syncDirectory(_ directory: String) throws(SystemCallError) {
    let fd = try fileSystem.open(directory, flags: O_RDONLY | O_DIRECTORY, mode: 0)
    defer { fileSystem.closeQuietly(fd) }
    try fileSystem.fsync(fd)
  }

  /// Writes `bytes` to a new temporary file, fsyncs and closes it; returns its path.
  func writeTemporary(_ bytes: [UInt8]) throws(SystemCallError) -> String {
    let (path, fd) = try stageTemporary(bytes)
    try flushAndClose(fd, removingOnFailure: path)
    return path
  }

  /// Fsyncs and closes the temporary file `fd`; removes it (`path`) when either fails.
  private func flushAndClose(_ fd: Int32, removingOnFailure path: String) throws(SystemCallError) {
    do {
      try fileSystem.fsync(fd)
    } catch {
      fileSystem.closeQuietly(fd)
      removeQuietly(path)
      throw error
    }
    do {
      try fileSystem.close(fd)
    } catch {
      removeQuietly(path)
      throw error
    }
  }

  /// Writes `bytes` to a new temporary file, not yet flushed (see `ImportBatch`).
  ///
  /// Returns the path and the still-open descriptor: the file is not durable
  /// until `fsync`ed (see `ImportBatch`, which fsyncs a batch of them at once).
  func stageTemporary(_ bytes: [UInt8]) throws(SystemCallError) -> (path: String, fd: Int32) {
    var attempts = 0
    while true {
      let path = layout.tmp + "/" + Self.uniqueName()
      let fd: Int32
      do {
        fd = try fileSystem.open(path, flags: O_WRONLY | O_CREAT | O_EXCL, mode: 0o644)
      } catch  where error.code == EEXIST && attempts < 8 {
        attempts += 1
        continue
      }
      do {
        try fileSystem.writeAll(fd, bytes)
      } catch {
        fileSystem.closeQuietly(fd)
        removeQuietly(path)
        throw error
      }
      // No write-back hint: the batch is flushed with one `syncfs`, which
      // measured faster than starting each file's write-back here.
      return (path, fd)
    }
  }

  /// A temporary file name no other writer can pick: pid, time and 64 random bits.
  ///
  /// The random part keeps names unique when the clock goes backwards or two
  /// processes share a pid (containers), which pid and time alone do not.
  static func uniqueName() -> String {
    let nanoseconds = UInt64(max(0, Date().timeIntervalSince1970 * 1e9))
    let random = UInt64.random(in: 0...UInt64.max)
    return "\(getpid()).\(nanoseconds).\(String(random, radix: 16)).tmp"
  }

  /// The pid of the process that created temporary file `name` (see `uniqueName()`).
  ///
  /// Nil for any name not of that form, and for pids that name no single
  /// process (0, negative or out of range), so a stray file never leads to
  /// signalling a process group.
  static func writerPID(ofTemporaryName name: String) -> pid_t? {
    let parts = name.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 4, parts[3] == "tmp",
      parts[0].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      parts[1].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      let pid = pid_t(parts[0]), pid > 0
    else { return nil }
    return pid
  }

  /// `errno` values from `link()` that mean "this file system has no hard links".
  static let linkUnsupported: Set<Int32> = [EPERM, EOPNOTSUPP, EXDEV, EMLINK, ENOSYS]

  func removeQuietly(_ path: String) {
    do { try fileSystem.unlink(path) } catch {}
  }
}
