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

  /// Returns free heap memory to the system.
  static func trim() {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
    _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
  }
}
