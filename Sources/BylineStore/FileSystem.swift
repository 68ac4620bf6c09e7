#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failed system call: which call, on which path, and the C `errno` it set.
///
/// The file-system layer reports every failure this way; `ArticleStore`
/// turns it into a `StoreError` whose message says what to do.
public struct SystemCallError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The call that failed, such as `"open"` or `"fsync"`.
  public var call: String
  /// The path the call was about (empty for calls on a descriptor alone).
  public var path: String
  /// The C `errno` value, such as `ENOSPC`.
  public var code: Int32

  /// Creates an error for `call` on `path` with C error `code`.
  public init(call: String, path: String, code: Int32) {
    self.call = call
    self.path = path
    self.code = code
  }

  /// The C library's text for `code`, such as "No space left on device".
  public var message: String { String(cString: strerror(code)) }

  public var description: String {
    path.isEmpty ? "\(call): \(message)" : "\(call) \(path): \(message)"
  }
}

/// What `stat` tells the store about a file.
public struct FileStatus: Equatable, Sendable {
  /// The kind of directory entry.
  public enum Kind: Equatable, Sendable {
    case regular, directory, symbolicLink, other
  }

  public var kind: Kind
  public var size: Int64
  /// Modification time, in seconds since 1970.
  public var modificationTime: Double
  public var device: UInt64
  public var inode: UInt64

  /// Creates a status record.
  public init(kind: Kind, size: Int64, modificationTime: Double, device: UInt64, inode: UInt64) {
    self.kind = kind
    self.size = size
    self.modificationTime = modificationTime
    self.device = device
    self.inode = inode
  }
}

/// The few system calls the store makes, so tests can inject failures.
///
/// `PosixFileSystem` is the real implementation; `FaultInjectingFileSystem`
/// wraps another one and makes a chosen call fail with a chosen `errno`
/// (for example `ENOSPC` on the second `write`). Every method either succeeds
/// or throws a `SystemCallError`; implementations retry `EINTR` themselves.
public protocol FileSystem: Sendable {
  /// Opens `path` with the C `flags` and, when creating, `mode`; returns a descriptor.
  func open(_ path: String, flags: Int32, mode: UInt32) throws(SystemCallError) -> Int32
  /// Reads up to `count` bytes at the descriptor's offset; returns an empty array at end of file.
  func read(_ fd: Int32, count: Int) throws(SystemCallError) -> [UInt8]
  /// Reads up to `buffer.count` bytes into `buffer`; returns how many (0 at the end).
  func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(SystemCallError) -> Int
  /// Writes some of `bytes`; returns how many were written (callers loop).
  func write(_ fd: Int32, _ bytes: ArraySlice<UInt8>) throws(SystemCallError) -> Int
  /// Flushes a file or directory to stable storage.
  func fsync(_ fd: Int32) throws(SystemCallError)
  /// Flushes every file of the file system holding `fd` to stable storage
  /// (`syncfs`): one wait for a whole batch of new files instead of one each.
  /// - Returns: false when the system has no such call (then fsync each file).
  func syncFileSystem(_ fd: Int32) throws(SystemCallError) -> Bool
  /// Closes a descriptor. Errors from `close` are reported but the descriptor is gone.
  func close(_ fd: Int32) throws(SystemCallError)
  /// Status of an open descriptor.
  func fstat(_ fd: Int32) throws(SystemCallError) -> FileStatus
  /// Status of `path`, following symbolic links unless `followLinks` is false.
  func stat(_ path: String, followLinks: Bool) throws(SystemCallError) -> FileStatus
  /// Creates a hard link `to` for `from`; fails with `EEXIST` if `to` exists.
  func link(_ from: String, _ to: String) throws(SystemCallError)
  /// Atomically renames `from` to `to`, replacing `to`.
  func rename(_ from: String, _ to: String) throws(SystemCallError)
  /// Removes a file.
  func unlink(_ path: String) throws(SystemCallError)
  /// Creates one directory.
  func mkdir(_ path: String, mode: UInt32) throws(SystemCallError)
  /// Names in a directory, without `.` and `..`.
  func listDirectory(_ path: String) throws(SystemCallError) -> [String]
  /// How many names in `path` (without `.` and `..`) satisfy `include`, without listing them.
  func countDirectory(
    _ path: String, where include: (String) -> Bool
  ) throws(SystemCallError) -> Int
  /// Whether the calling process may write to `path` (`access(W_OK)`).
  func isWritable(_ path: String) -> Bool
  /// Takes (`LOCK_SH`/`LOCK_EX`) or releases (`LOCK_UN`) an advisory lock; blocks.
  func flock(_ fd: Int32, _ operation: Int32) throws(SystemCallError)
}

extension FileSystem {
  /// Writes all of `bytes`, looping over short writes.
  func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws(SystemCallError) {
    var offset = 0
    while offset < bytes.count {
      let written = try write(fd, bytes[offset...])
      if written <= 0 { throw SystemCallError(call: "write", path: "", code: EIO) }
      offset += written
    }
  }

  /// Reads to end of file, or until more than `limit` bytes have been read.
  ///
  /// - Returns: the bytes read; `count > limit` means the file is larger than `limit`.
  /// `listDirectory`, filtered and counted (file systems that can stream names override it).
  public func countDirectory(
    _ path: String, where include: (String) -> Bool
  ) throws(SystemCallError) -> Int {
    try listDirectory(path).lazy.filter(include).count
  }

  /// `read(_:count:)`, copied into `buffer` (file systems that can read in place override it).
  public func read(
    _ fd: Int32, into buffer: UnsafeMutableRawBufferPointer
  ) throws(SystemCallError) -> Int {
    let bytes = try read(fd, count: buffer.count)
    bytes.withUnsafeBytes { buffer.copyMemory(from: $0) }
    return bytes.count
  }

  func readAll(_ fd: Int32, limit: Int) throws(SystemCallError) -> [UInt8] {
    var result: [UInt8] = []
    while result.count <= limit {
      let chunk = try read(fd, count: min(1 << 20, limit + 1 - result.count))
      if chunk.isEmpty { break }
      result += chunk
    }
    return result
  }

  /// Closes `fd`, ignoring errors (for clean-up paths that already failed).
  func closeQuietly(_ fd: Int32) {
    do { try close(fd) } catch {}
  }

  /// Whether `path` exists (without following a final symbolic link).
  func exists(_ path: String) -> Bool {
    do {
      _ = try stat(path, followLinks: false)
      return true
    } catch {
      return false
    }
  }
}
