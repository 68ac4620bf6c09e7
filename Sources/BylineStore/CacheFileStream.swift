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
  private var buffer: [UInt8] = []
  /// The file offset of `buffer[0]`.
  private var bufferStart = 0
  /// The read position within `buffer`.
  private var position = 0
  private var fileOffset = 0
  private var checksum: IndexChecksum.Incremental
  private var failed = false

  /// Opens `path`; nil when it is missing, unreadable, too short or over `maxBytes`.
  init?(path: String, fileSystem: any FileSystem, maxBytes: Int) {
    guard let fd = try? fileSystem.open(path, flags: O_RDONLY | O_NOFOLLOW, mode: 0) else {
      return nil
    }
    guard let size = try? fileSystem.fstat(fd).size, size >= 16, size < Int64(maxBytes) else {
      fileSystem.closeQuietly(fd)
      return nil
    }
    self.fd = fd
    self.fileSystem = fileSystem
    bodyEnd = Int(size) - 8
    checksum = IndexChecksum.Incremental(length: Int(size) - 8)
  }

  deinit { fileSystem.closeQuietly(fd) }

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
    if buffer.count - position < 2 * Self.maxRecord, fileOffset < bodyEnd + 8 {
      refill()
    }
    guard !failed else { return nil }
    let end = min(buffer.count, bodyEnd - bufferStart)
    let reachesBodyEnd = bufferStart + buffer.count >= bodyEnd
    let recordsBefore = reachesBodyEnd ? end : max(position + 1, end - Self.maxRecord)
    let start = position
    let result: (T?, Int) = buffer.withUnsafeBytes { raw in
      var reader = IndexReader(raw: raw, end: end)
      reader.offset = start
      let value = body(&reader, recordsBefore)
      return (value, reader.offset)
    }
    guard let value = result.0 else {
      failed = true
      return nil
    }
    position = result.1
    return value
  }

  /// True when the whole body was read and the stored checksum matches it.
  mutating func finish() -> Bool {
    guard !failed, isAtBodyEnd else { return false }
    while fileOffset < bodyEnd + 8, !failed { refill() }
    guard !failed, buffer.count - position == 8 else { return false }
    let stored = buffer.withUnsafeBytes {
      UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: position, as: UInt64.self))
    }
    return stored == checksum.finish()
  }

  /// Drops the bytes already read and appends the next chunk, hashing body bytes.
  private mutating func refill() {
    if position > 0 {
      buffer.removeFirst(position)
      bufferStart += position
      position = 0
    }
    let want = min(Self.chunkSize, bodyEnd + 8 - fileOffset)
    guard want > 0 else { return }
    guard let chunk = try? fileSystem.read(fd, count: want), !chunk.isEmpty else {
      failed = true
      return
    }
    let bodyBytes = max(0, min(chunk.count, bodyEnd - fileOffset))
    chunk.withUnsafeBytes { checksum.update(UnsafeRawBufferPointer(rebasing: $0[..<bodyBytes])) }
    fileOffset += chunk.count
    buffer.append(contentsOf: chunk)
  }
}
