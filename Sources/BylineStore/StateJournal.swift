#if canImport(Glibc)
  import Glibc
#endif

/// The append-only read/star journal in `<store>/state/journal`.
///
/// A change is one line (after a newline) appended with `O_APPEND`, then `fsync`: appends from
/// several processes never overwrite each other, and a keypress costs one
/// short write whatever the store's size. Compaction rewrites the journal to
/// its net state in a temporary file and renames it into place. Appenders
/// hold a shared `flock` on `journal.lock` and compaction an exclusive one,
/// so no append can land in a file that compaction is about to replace.
/// Readers take no lock: they see the old or the new file, both complete.
/// `flock` locks die with their process, so a crash never leaves a stale lock.
struct StateJournal: Sendable {
  let fileSystem: any FileSystem
  let layout: StoreLayout

  /// Journals with more lines than this, and mostly redundant, get compacted.
  static let compactionThreshold = 1000

  /// The current state and the journal's line count; an absent journal is empty.
  func load() throws(SystemCallError) -> (state: ReadStarState, lines: Int) {
    let fd: Int32
    do {
      fd = try fileSystem.open(layout.journal, flags: O_RDONLY, mode: 0)
    } catch  where error.code == ENOENT {
      return (ReadStarState(), 0)
    }
    defer { fileSystem.closeQuietly(fd) }
    let bytes = try fileSystem.readAll(fd, limit: Int.max - 1)
    return ReadStarState.replay(Substring(String(decoding: bytes, as: UTF8.self)))
  }

  /// Appends one change durably.
  func append(_ change: ReadStarState.Change, _ id: ArticleID) throws(SystemCallError) {
    try append([(change, id)])
  }

  /// Appends many changes durably in one write and one `fsync` (`A`: mark all read).
  func append(_ changes: [(ReadStarState.Change, ArticleID)]) throws(SystemCallError) {
    guard !changes.isEmpty else { return }
    var text = "\n"
    text.reserveCapacity(changes.count * 40)
    for (change, id) in changes { text += ReadStarState.line(change, id) }
    try withLock(LOCK_SH) { () throws(SystemCallError) in
      let created = !fileSystem.exists(layout.journal)
      let fd = try fileSystem.open(
        layout.journal, flags: O_WRONLY | O_APPEND | O_CREAT, mode: 0o644)
      do throws(SystemCallError) {
        // The leading newline ends any line torn by an earlier crash, so a torn
        // line can never swallow this change; blank lines are ignored.
        try fileSystem.writeAll(fd, Array(text.utf8))
        try fileSystem.fsync(fd)
      } catch {
        fileSystem.closeQuietly(fd)
        throw error
      }
      try fileSystem.close(fd)
      if created {
        try AtomicWriter(fileSystem: fileSystem, layout: layout).syncDirectory(layout.state)
      }
    }
  }

  /// Whether a journal of `lines` lines for `state` is worth compacting.
  static func needsCompaction(lines: Int, state: ReadStarState) -> Bool {
    lines > compactionThreshold && lines > 2 * (state.read.count + state.starred.count) + 16
  }

  /// Rewrites the journal as its net state, atomically.
  func compact() throws(SystemCallError) {
    try withLock(LOCK_EX) { () throws(SystemCallError) in
      let (state, _) = try load()
      let writer = AtomicWriter(fileSystem: fileSystem, layout: layout)
      try writer.replace(
        Array(state.compactedJournal().utf8), at: layout.journal, directory: layout.state)
    }
  }

  /// Runs `body` holding `journal.lock` (exclusively by default).
  func withLock<T>(
    _ operation: Int32 = LOCK_EX, _ body: () throws(SystemCallError) -> T
  ) throws(SystemCallError) -> T {
    let fd = try fileSystem.open(layout.journalLock, flags: O_RDWR | O_CREAT, mode: 0o644)
    defer { fileSystem.closeQuietly(fd) }
    try fileSystem.flock(fd, operation)
    defer { _ = try? fileSystem.flock(fd, LOCK_UN) }
    return try body()
  }
}
