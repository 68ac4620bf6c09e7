#if canImport(Glibc)
  import Glibc
#endif

extension ArticleStore {
  /// Creates the store's directories and version file when they are missing.
  ///
  /// Creates missing parent directories too. Refuses a directory that
  /// already holds other files but is not a Byline store, so a mistyped
  /// `--store ~` never fills a home directory with store folders.
  func prepareForWriting() throws(StoreError) {
    try requireWritable()
    let fs = fileSystem
    let rootStatus = try Self.status(of: layout.root, fs)
    if rootStatus == nil {
      try makeDirectories(layout.root)
    } else if !fs.exists(layout.versionFile) && !fs.exists(layout.articles) {
      let names: [String]
      do { names = try fs.listDirectory(layout.root) } catch {
        throw storeError("reading the store directory", error)
      }
      if !names.isEmpty { throw StoreError.notAStore(path: layout.root) }
    }
    var created = false
    for path in [layout.articles, layout.state, layout.cache, layout.tmp] where !fs.exists(path) {
      try makeDirectory(path)
      created = true
    }
    if !fs.exists(layout.versionFile) {
      do {
        _ = try writer.createNew(Array(StoreLayout.versionFileText.utf8), at: layout.versionFile)
        created = true
      } catch {
        throw storeError("creating the store version file", error)
      }
    }
    if created {
      do { try writer.syncDirectory(layout.root) } catch {
        throw storeError("saving the store directory", error)
      }
    }
  }

  /// `mkdir -p`: creates `path` and any missing parents.
  private func makeDirectories(_ path: String) throws(StoreError) {
    var prefix = ""
    for component in path.split(separator: "/", omittingEmptySubsequences: true) {
      prefix += "/" + component
      let status = try Self.status(of: prefix, fileSystem)
      if let status {
        if status.kind != .directory { throw StoreError.notADirectory(path: prefix) }
        continue
      }
      try makeDirectory(prefix)
    }
  }

  private func makeDirectory(_ path: String) throws(StoreError) {
    do {
      try fileSystem.mkdir(path, mode: 0o755)
    } catch {
      if error.code == EEXIST { return }
      throw storeError("creating the directory \(StoreError.shown(path))", error)
    }
  }
}
