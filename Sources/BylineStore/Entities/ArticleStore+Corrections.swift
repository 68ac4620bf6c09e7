#if canImport(Glibc)
  import Glibc
#endif

extension ArticleStore {
  /// The largest corrections file read.
  static let maxCorrectionsBytes = 4 << 20

  /// The user's entity corrections (empty when there are none yet).
  /// - Throws: `.io` when the file exists but cannot be read.
  public func corrections() throws(StoreError) -> EntityCorrections {
    do {
      let fd = try fileSystem.open(layout.corrections, flags: O_RDONLY | O_NOFOLLOW, mode: 0)
      defer { fileSystem.closeQuietly(fd) }
      let bytes = try fileSystem.readAll(fd, limit: Self.maxCorrectionsBytes)
      return EntityCorrections.parse(Self.text(bytes))
    } catch {
      if error.code == ENOENT { return EntityCorrections() }
      throw StoreError.io(action: "reading the entity corrections", failure: error)
    }
  }

  /// Records one correction: reads the file, changes it and replaces it atomically,
  /// under the journal lock so two readers correcting at once lose nothing.
  /// - Returns: the corrections now in force.
  /// - Throws: `.readOnly`, `.io`.
  @discardableResult
  public func correct(
    _ name: String, _ decision: EntityCorrections.Decision
  ) throws(StoreError) -> EntityCorrections {
    try requireWritable()
    if !fileSystem.exists(layout.state) { try prepareForWriting() }
    do {
      return try journal.withLock(LOCK_EX) { () throws(SystemCallError) -> EntityCorrections in
        var corrections: EntityCorrections
        do { corrections = try self.corrections() } catch {
          throw SystemCallError(call: "read", path: layout.corrections, code: EIO)
        }
        corrections.set(decision, for: name)
        try writer.replace(
          Array(corrections.text.utf8), at: layout.corrections, directory: layout.state)
        return corrections
      }
    } catch {
      throw storeError("saving the entity corrections", error)
    }
  }
}
