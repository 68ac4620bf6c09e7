#if canImport(Glibc)
  import Glibc
#endif

/// glibc's `mallopt` and `malloc_trim`, looked up at run time (`<malloc.h>` is
/// not part of Swift's Glibc module); no-ops where they do not exist.
enum MallocTuning {
  private typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
  private typealias MallocTrim = @convention(c) (Int) -> Int32
  /// `M_ARENA_MAX` in `<malloc.h>`.
  private static let arenaMaxOption: Int32 = -8

  /// At most `count` malloc arenas, so memory freed by worker threads is reused.
  static func limitArenas(to count: Int32) {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
    _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMaxOption, count)
  }

  /// `M_TOP_PAD` in `<malloc.h>`.
  private static let topPadOption: Int32 = -2

  /// Lets the heap grow in steps of `bytes` and asks for huge pages on the
  /// first step, so filling it (100,000 summaries at start-up) takes a few
  /// hundred page faults instead of tens of thousands.
  ///
  /// Transparent huge pages are often `madvise`-only; without them this only
  /// changes how far the heap grows at a time.
  static func growHeapInLargeSteps(of bytes: Int32) {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
    _ = unsafeBitCast(symbol, to: Mallopt.self)(topPadOption, bytes)
    guard let before = sbrk(0) else { return }
    // One allocation makes the heap grow by the new pad; then advise that range.
    let probe = malloc(64)
    defer { free(probe) }
    guard let after = sbrk(0), after > before else { return }
    let hugePage = 2 << 20
    let start = (Int(bitPattern: before) + hugePage - 1) & ~(hugePage - 1)
    let end = Int(bitPattern: after) & ~(hugePage - 1)
    guard end > start, let address = UnsafeMutableRawPointer(bitPattern: start) else { return }
    _ = madvise(address, end - start, 14)  // MADV_HUGEPAGE
  }

  /// Returns free heap memory to the system.
  static func trim() {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
    _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
  }
}
