#if canImport(Glibc)
  import Glibc
#endif

/// Reads a checksummed cache file (the index, the entity cache) front to back
/// through a window of about a mebibyte, hashing as it goes.
///
/// So the reader's start-up and background passes over files of tens of
/// megabytes never hold them whole: memory stays at the window plus what
/// the caller keeps. The last 8 bytes of the file are the checksum of the
/// rest (`IndexChecksum`); ``finish()`` compares them, and callers use what
/// they decoded only when it returns true.
struct CacheFileStream: ~Copyable {
  /// Bytes read from the file at a time.
  static let chunkSize = 1 << 20
  /// The most bytes one `read` call may look at; a longer record fails the
  /// stream (the caller then falls back to reading the whole file).
  static let maxRecord = 1 << 18

  private let fd: Int32
  private let fileSystem: any FileSystem
  /// Where the checksum starts: the bytes before it are the body.
  let bodyEnd: Int
  /// One allocation, reused for every chunk (read into directly: no new
  /// pages to fault in and zero per chunk).
  private let buffer: UnsafeMutableRawBufferPointer
  /// Valid bytes at the start of `buffer`.
  private var count = 0
  /// The file offset of `buffer[0]`.
  private var bufferStart = 0
  /// The read position within `buffer`.
  private var position = 0
  private var fileOffset = 0
  private var checksum: Checksum
  private var failed = false

  /// The checksum a file ends with.
  enum Checksum {
    /// `IndexChecksum.Incremental` (the entity cache).
    case narrow(IndexChecksum.Incremental)
    /// `IndexChecksum.Wide` (the index).
    case wide(IndexChecksum.Wide)

    mutating func update(_ raw: UnsafeRawBufferPointer) {
      switch self {
      case .narrow(var state):
        state.update(raw)
        self = .narrow(state)
      case .wide(var state):
        state.update(raw)
        self = .wide(state)
      }
    }

    mutating func finish() -> UInt64 {
      switch self {
      case .narrow(var state): state.finish()
      case .wide(var state): state.finish()
      }
    }
  }

  /// Opens `path`; nil when it is missing, unreadable, too short or over `maxBytes`.
  /// - Parameter wideChecksum: the file ends with `IndexChecksum.Wide`, not `IndexChecksum.hash`.
  init?(path: String, fileSystem: any FileSystem, maxBytes: Int, wideChecksum: Bool = false) {
    guard let fd = try? fileSystem.open(path, flags: O_RDONLY | O_NOFOLLOW, mode: 0) else {
      return nil
    }
    guard let size = try? fileSystem.fstat(fd).size, size >= 16, size < Int64(maxBytes) else {
      fileSystem.closeQuietly(fd)
      return nil
    }
    self.fd = fd
    self.fileSystem = fileSystem
    buffer = .allocate(byteCount: Self.chunkSize + 2 * Self.maxRecord, alignment: 16)
    bodyEnd = Int(size) - 8
    checksum =
      wideChecksum
      ? .wide(IndexChecksum.Wide(length: Int(size) - 8))
      : .narrow(IndexChecksum.Incremental(length: Int(size) - 8))
  }

  deinit {
    fileSystem.closeQuietly(fd)
    buffer.deallocate()
  }

  /// The file offset of the next unread byte.
  var offset: Int { bufferStart + position }

  /// Whether every byte before the checksum has been read.
  var isAtBodyEnd: Bool { offset == bodyEnd }

  /// Runs `body` on a reader over the next bytes of the body.
  ///
  /// The stream advances past what `body` reads. `body` may start a record at any offset
  /// before its second argument: at least `maxRecord` bytes follow it (or the
  /// whole rest of the body). Nil (and the stream failed) when `body` returns
  /// nil or the file cannot be read.
  mutating func read<T>(_ body: (inout IndexReader, _ recordsBefore: Int) -> T?) -> T? {
    guard !failed else { return nil }
    if count - position < 2 * Self.maxRecord, fileOffset < bodyEnd + 8 {
      refill()
    }
    guard !failed else { return nil }
    let end = min(count, bodyEnd - bufferStart)
    let reachesBodyEnd = bufferStart + count >= bodyEnd
    let recordsBefore = reachesBodyEnd ? end : max(position + 1, end - Self.maxRecord)
    var reader = IndexReader(raw: UnsafeRawBufferPointer(buffer), end: end)
    reader.offset = position
    guard let value = body(&reader, recordsBefore) else {
      failed = true
      return nil
    }
    position = reader.offset
    return value
  }

  /// True when the whole body was read and the stored checksum matches it.
  mutating func finish() -> Bool {
    guard !failed, isAtBodyEnd else { return false }
    while fileOffset < bodyEnd + 8, !failed { refill() }
    guard !failed, count - position == 8 else { return false }
    let stored = UInt64(
      littleEndian: UnsafeRawBufferPointer(buffer).loadUnaligned(
        fromByteOffset: position, as: UInt64.self))
    return stored == checksum.finish()
  }

  /// Moves the unread bytes to the front and reads up to a chunk after them,
  /// hashing the body bytes read.
  private mutating func refill() {
    if position > 0 {
      if count > position, let base = buffer.baseAddress {
        base.copyMemory(from: UnsafeRawPointer(base + position), byteCount: count - position)
      }
      count -= position
      bufferStart += position
      position = 0
    }
    let want = min(Self.chunkSize, bodyEnd + 8 - fileOffset, buffer.count - count)
    guard want > 0 else { return }
    let target = UnsafeMutableRawBufferPointer(rebasing: buffer[count..<count + want])
    guard let got = try? fileSystem.read(fd, into: target), got > 0 else {
      failed = true
      return
    }
    let bodyBytes = max(0, min(got, bodyEnd - fileOffset))
    checksum.update(UnsafeRawBufferPointer(rebasing: target[..<bodyBytes]))
    fileOffset += got
    count += got
  }
}
