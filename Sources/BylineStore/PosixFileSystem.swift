#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real file system: thin wrappers over the C library that retry `EINTR`.
public struct PosixFileSystem: FileSystem {
  /// Creates the real file-system layer.
  public init() {}

  public func open(_ path: String, flags: Int32, mode: UInt32) throws(SystemCallError) -> Int32 {
    try retrying("open", path) { Glibc.open(path, flags | O_CLOEXEC, mode_t(mode)) }
  }

  public func read(_ fd: Int32, count: Int) throws(SystemCallError) -> [UInt8] {
    guard count > 0 else { return [] }
    var failure: Int32 = 0
    // Uninitialised capacity: a 1 MiB read of a small file costs no 1 MiB memset.
    let buffer = [UInt8](unsafeUninitializedCapacity: count) { storage, initialized in
      while true {
        let got = Glibc.read(fd, storage.baseAddress, count)
        if got >= 0 {
          initialized = got
          return
        }
        if errno != EINTR {
          failure = errno
          initialized = 0
          return
        }
      }
    }
    if failure != 0 { throw SystemCallError(call: "read", path: "", code: failure) }
    return buffer
  }

  public func read(
    _ fd: Int32, into buffer: UnsafeMutableRawBufferPointer
  ) throws(SystemCallError) -> Int {
    guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
    while true {
      let got = Glibc.read(fd, base, buffer.count)
      if got >= 0 { return got }
      if errno != EINTR { throw SystemCallError(call: "read", path: "", code: errno) }
    }
  }

  public func write(_ fd: Int32, _ bytes: ArraySlice<UInt8>) throws(SystemCallError) -> Int {
    guard !bytes.isEmpty else { return 0 }
    let written = try retrying("write", "") {
      bytes.withUnsafeBytes { Int32(clamping: Glibc.write(fd, $0.baseAddress, $0.count)) }
    }
    return Int(written)
  }

  public func fsync(_ fd: Int32) throws(SystemCallError) {
    _ = try retrying("fsync", "") { Glibc.fsync(fd) }
  }

  public func syncFileSystem(_ fd: Int32) throws(SystemCallError) -> Bool {
    guard let syncfs = Self.syncfs else { return false }
    _ = try retrying("syncfs", "") { syncfs(fd) }
    return true
  }

  private typealias SyncFS = @convention(c) (Int32) -> Int32
  /// `syncfs(2)`, looked up at run time (Swift's Glibc module does not declare it).
  private static let syncfs: SyncFS? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs")
    .map { unsafeBitCast($0, to: SyncFS.self) }

  public func close(_ fd: Int32) throws(SystemCallError) {
    // Never retry close: on Linux the descriptor is released even on EINTR.
    if Glibc.close(fd) != 0 { throw SystemCallError(call: "close", path: "", code: errno) }
  }

  public func fstat(_ fd: Int32) throws(SystemCallError) -> FileStatus {
    var info = Glibc.stat()
    _ = try retrying("fstat", "") { Glibc.fstat(fd, &info) }
    return Self.status(info)
  }

  public func stat(_ path: String, followLinks: Bool) throws(SystemCallError) -> FileStatus {
    var info = Glibc.stat()
    _ = try retrying(followLinks ? "stat" : "lstat", path) {
      followLinks ? cStat(path, &info) : lstat(path, &info)
    }
    return Self.status(info)
  }

  public func link(_ from: String, _ to: String) throws(SystemCallError) {
    _ = try retrying("link", to) { Glibc.link(from, to) }
  }

  public func rename(_ from: String, _ to: String) throws(SystemCallError) {
    _ = try retrying("rename", to) { Glibc.rename(from, to) }
  }

  public func unlink(_ path: String) throws(SystemCallError) {
    _ = try retrying("unlink", path) { Glibc.unlink(path) }
  }

  public func mkdir(_ path: String, mode: UInt32) throws(SystemCallError) {
    _ = try retrying("mkdir", path) { Glibc.mkdir(path, mode_t(mode)) }
  }

  public func listDirectory(_ path: String) throws(SystemCallError) -> [String] {
    guard let dir = opendir(path) else {
      throw SystemCallError(call: "opendir", path: path, code: errno)
    }
    defer { closedir(dir) }
    var names: [String] = []
    while true {
      errno = 0
      guard let entry = readdir(dir) else {
        if errno != 0 { throw SystemCallError(call: "readdir", path: path, code: errno) }
        break
      }
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  public func countDirectory(
    _ path: String, where include: (String) -> Bool
  ) throws(SystemCallError) -> Int {
    guard let dir = opendir(path) else {
      throw SystemCallError(call: "opendir", path: path, code: errno)
    }
    defer { closedir(dir) }
    var count = 0
    while true {
      errno = 0
      guard let entry = readdir(dir) else {
        if errno != 0 { throw SystemCallError(call: "readdir", path: path, code: errno) }
        return count
      }
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != "..", include(name) { count += 1 }
    }
  }

  public func isWritable(_ path: String) -> Bool {
    access(path, W_OK) == 0
  }

  public func flock(_ fd: Int32, _ operation: Int32) throws(SystemCallError) {
    _ = try retrying("flock", "") { cFlock(fd, operation) }
  }

  /// Runs `body` until it returns something other than -1 with `EINTR`.
  private func retrying(
    _ call: String, _ path: String, _ body: () -> Int32
  ) throws(SystemCallError) -> Int32 {
    while true {
      let result = body()
      if result != -1 { return result }
      let code = errno
      if code != EINTR { throw SystemCallError(call: call, path: path, code: code) }
    }
  }

  private static func status(_ info: Glibc.stat) -> FileStatus {
    let kind: FileStatus.Kind
    switch info.st_mode & S_IFMT {
    case S_IFREG: kind = .regular
    case S_IFDIR: kind = .directory
    case S_IFLNK: kind = .symbolicLink
    default: kind = .other
    }
    let seconds = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
    return FileStatus(
      kind: kind, size: Int64(info.st_size), modificationTime: seconds,
      device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
  }
}

/// `stat(2)`, named apart from the `stat` struct.
private func cStat(_ path: String, _ info: inout Glibc.stat) -> Int32 {
  let result: Int32 = stat(path, &info)
  return result
}

/// `flock(2)`, named apart from the `flock` struct.
private func cFlock(_ fd: Int32, _ operation: Int32) -> Int32 {
  let result: Int32 = flock(fd, operation)
  return result
}
