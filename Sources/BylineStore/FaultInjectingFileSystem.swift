import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A test double that wraps a real file system and fails chosen calls.
///
/// Arm a fault with `fail(_:occurrence:errno:pathContaining:)`: for example
/// `fail(.fsync, occurrence: 1, errno: ENOSPC)` makes the first `fsync` after
/// arming fail with "No space left on device". Faults fire once. `calls`
/// records every call made, in order, so tests can check a protocol's steps.
/// It can also pretend the store is not writable (`pretendReadOnly`), which
/// works even for root, where `chmod` does not stop writes.
public final class FaultInjectingFileSystem: FileSystem, @unchecked Sendable {
  /// The calls a fault can be attached to.
  public enum Call: String, Sendable, CaseIterable {
    case open, read, write, fsync, close, fstat, stat, link, rename, unlink, mkdir
    case listDirectory, flock
  }

  private struct Fault {
    var call: Call
    var remaining: Int
    var code: Int32
    var pathFragment: String?
  }

  private let base: any FileSystem
  // All mutable state below is guarded by `lock`.
  private let lock = NSLock()
  private var faults: [Fault] = []
  private var log: [String] = []
  private var readOnly = false
  private var callsUntilCrash: Int?

  /// Wraps `base` (the real file system by default).
  public init(wrapping base: any FileSystem = PosixFileSystem()) {
    self.base = base
  }

  /// Makes the `occurrence`-th matching call from now on fail with `errno`.
  ///
  /// - Parameter pathContaining: when given, only calls whose path contains it count.
  public func fail(
    _ call: Call, occurrence: Int = 1, errno code: Int32, pathContaining: String? = nil
  ) {
    lock.withLock {
      faults.append(
        Fault(call: call, remaining: occurrence, code: code, pathFragment: pathContaining))
    }
  }

  /// Simulates the process dying at the `count`-th call from now.
  ///
  /// That call and every later one fail with `EIO`, so no clean-up step
  /// (such as removing a temporary file) runs. Tests then reopen the directory with a real file
  /// system to check what a crash at that point leaves behind.
  public func crash(afterCalls count: Int) {
    lock.withLock { callsUntilCrash = count }
  }

  /// When true, `isWritable` answers false and every creating call fails with `EROFS`.
  public var pretendReadOnly: Bool {
    get { lock.withLock { readOnly } }
    set { lock.withLock { readOnly = newValue } }
  }

  /// Every call made so far, as `"name path"`.
  public var calls: [String] { lock.withLock { log } }

  /// Removes armed faults and forgets recorded calls.
  public func reset() {
    lock.withLock {
      faults.removeAll()
      log.removeAll()
      callsUntilCrash = nil
    }
  }

  private func check(_ call: Call, _ path: String) throws(SystemCallError) {
    let code: Int32? = lock.withLock {
      log.append(path.isEmpty ? call.rawValue : "\(call.rawValue) \(path)")
      if let remaining = callsUntilCrash {
        if remaining <= 1 {
          callsUntilCrash = 0
          return EIO
        }
        callsUntilCrash = remaining - 1
      }
      for index in faults.indices where faults[index].call == call {
        if let fragment = faults[index].pathFragment, !path.contains(fragment) { continue }
        faults[index].remaining -= 1
        if faults[index].remaining == 0 {
          let code = faults[index].code
          faults.remove(at: index)
          return code
        }
        return nil
      }
      return nil
    }
    if let code { throw SystemCallError(call: call.rawValue, path: path, code: code) }
  }

  private func checkWritable(_ call: Call, _ path: String) throws(SystemCallError) {
    if pretendReadOnly { throw SystemCallError(call: call.rawValue, path: path, code: EROFS) }
  }

  public func open(_ path: String, flags: Int32, mode: UInt32) throws(SystemCallError) -> Int32 {
    try check(.open, path)
    if flags & (O_WRONLY | O_RDWR | O_CREAT) != 0 { try checkWritable(.open, path) }
    return try base.open(path, flags: flags, mode: mode)
  }

  public func read(_ fd: Int32, count: Int) throws(SystemCallError) -> [UInt8] {
    try check(.read, "")
    return try base.read(fd, count: count)
  }

  public func write(_ fd: Int32, _ bytes: ArraySlice<UInt8>) throws(SystemCallError) -> Int {
    try check(.write, "")
    return try base.write(fd, bytes)
  }

  public func fsync(_ fd: Int32) throws(SystemCallError) {
    try check(.fsync, "")
    try base.fsync(fd)
  }

  /// Fails like `fsync` (a batch's one flush is its files' fsync).
  public func syncFileSystem(_ fd: Int32) throws(SystemCallError) -> Bool {
    try check(.fsync, "")
    return try base.syncFileSystem(fd)
  }

  public func close(_ fd: Int32) throws(SystemCallError) {
    // The descriptor is always released, as with the real close(2).
    do { try check(.close, "") } catch {
      base.closeQuietly(fd)
      throw error
    }
    try base.close(fd)
  }

  public func fstat(_ fd: Int32) throws(SystemCallError) -> FileStatus {
    try check(.fstat, "")
    return try base.fstat(fd)
  }

  public func stat(_ path: String, followLinks: Bool) throws(SystemCallError) -> FileStatus {
    try check(.stat, path)
    return try base.stat(path, followLinks: followLinks)
  }

  public func link(_ from: String, _ to: String) throws(SystemCallError) {
    try check(.link, to)
    try checkWritable(.link, to)
    try base.link(from, to)
  }

  public func rename(_ from: String, _ to: String) throws(SystemCallError) {
    try check(.rename, to)
    try checkWritable(.rename, to)
    try base.rename(from, to)
  }

  public func unlink(_ path: String) throws(SystemCallError) {
    try check(.unlink, path)
    try checkWritable(.unlink, path)
    try base.unlink(path)
  }

  public func mkdir(_ path: String, mode: UInt32) throws(SystemCallError) {
    try check(.mkdir, path)
    try checkWritable(.mkdir, path)
    try base.mkdir(path, mode: mode)
  }

  public func listDirectory(_ path: String) throws(SystemCallError) -> [String] {
    try check(.listDirectory, path)
    return try base.listDirectory(path)
  }

  public func isWritable(_ path: String) -> Bool {
    pretendReadOnly ? false : base.isWritable(path)
  }

  public func flock(_ fd: Int32, _ operation: Int32) throws(SystemCallError) {
    try check(.flock, "")
    try base.flock(fd, operation)
  }
}
