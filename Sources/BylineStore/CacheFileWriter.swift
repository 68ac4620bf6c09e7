/// Writes a checksummed cache file to a descriptor through a buffer of about
/// a mebibyte, hashing as it goes: the counterpart of ``CacheFileStream``.
///
/// The body's length must be known first (``IndexChecksum/Incremental``
/// starts from it). ``finish()`` checks that exactly that many bytes were
/// written, then appends the checksum. Any failure sticks: `finish` returns
/// false and the caller discards the file.
struct CacheFileWriter {
  static let bufferSize = 1 << 20

  private let fileSystem: any FileSystem
  private let fd: Int32
  private let length: Int
  private var buffer: [UInt8] = []
  private var checksum: IndexChecksum.Incremental
  /// Body bytes handed to `fd` so far.
  private var flushed = 0
  private var failed = false

  /// Starts a file of `length` body bytes on `fd`.
  init(fileSystem: any FileSystem, fd: Int32, length: Int) {
    self.fileSystem = fileSystem
    self.fd = fd
    self.length = length
    checksum = IndexChecksum.Incremental(length: length)
    buffer.reserveCapacity(Self.bufferSize)
  }

  mutating func append<T: FixedWidthInteger>(_ value: T) {
    StoreIndex.append(value, to: &buffer)
    flushIfFull()
  }

  /// A u32 byte count, then the UTF-8.
  mutating func append(_ text: String) {
    StoreIndex.append(text, to: &buffer)
    flushIfFull()
  }

  mutating func append(_ bytes: [UInt8]) {
    buffer.append(contentsOf: bytes)
    flushIfFull()
  }

  mutating func append(_ bytes: UnsafeRawBufferPointer) {
    buffer.append(contentsOf: bytes)
    flushIfFull()
  }

  private mutating func flushIfFull() {
    if buffer.count >= Self.bufferSize { flush() }
  }

  private mutating func flush() {
    guard !buffer.isEmpty else { return }
    if !failed {
      buffer.withUnsafeBytes { checksum.update($0) }
      do { try fileSystem.writeAll(fd, buffer) } catch { failed = true }
    }
    flushed += buffer.count
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes what is buffered and the checksum; false when a write failed or
  /// the body is not exactly the promised length.
  mutating func finish() -> Bool {
    flush()
    guard !failed, flushed == length else { return false }
    StoreIndex.append(checksum.finish(), to: &buffer)
    do { try fileSystem.writeAll(fd, buffer) } catch { return false }
    buffer = []
    return true
  }
}
