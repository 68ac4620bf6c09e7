#if canImport(Glibc)
  import Glibc
#endif

/// Articles of one import written to `tmp/` and waiting to be published together.
///
/// Fsyncing every article on its own costs a wait each. A batch instead
/// writes each article to its own temporary file; `publish` then flushes the
/// whole batch with one `syncfs` (or, where there is none, fsyncs the files
/// one after the other), and only then links each into `articles/`, so an
/// article is still complete or absent.
/// The caller fsyncs `articles/` once per batch. Entries
/// that need no write (already present, or replaced at once) keep their
/// place, so the report lists ids in import order.
struct ImportBatch {
  /// The most articles staged before publishing (each holds an open descriptor).
  static let capacity = 128

  /// One article of the batch.
  enum Entry {
    /// Written to `temporary` (descriptor `fd` still open), to be linked as `id`.
    case staged(
      id: ArticleID, temporary: String, fd: Int32, source: String, prepared: PreparedArticle)
    /// Already decided: nothing left to write.
    case done(ImportOutcome)
  }

  var entries: [Entry] = []
  var stagedCount = 0

  var isFull: Bool { stagedCount >= Self.capacity }

  /// Stages `prepared`, or records it as present when its file already exists.
  ///
  /// Only ids `present` may contain are looked up on disk; staged ids are
  /// added to it, so a later copy in the same import is found too.
  mutating func add(
    _ prepared: PreparedArticle, source: String, store: ArticleStore,
    present: inout PresentArticles
  ) throws(StoreError) {
    let path = store.layout.articlePath(prepared.id)
    if prepared.contentID != prepared.id, present.mayContain(prepared.contentID),
      let existing = try? store.fileSystem.stat(
        store.layout.articlePath(prepared.contentID), followLinks: false),
      existing.size > 0
    {
      entries.append(.done(.alreadyPresent(prepared.contentID)))
      return
    }
    if present.mayContain(prepared.id),
      let existing = try? store.fileSystem.stat(path, followLinks: false)
    {
      // A zero-length file (damage from outside Byline) is replaced at once, durably.
      entries.append(
        .done(existing.size > 0 ? .alreadyPresent(prepared.id) : try store.store(prepared)))
      return
    }
    do {
      let (temporary, fd) = try store.writer.stageTemporary(Array(prepared.file.render().utf8))
      entries.append(
        .staged(
          id: prepared.id, temporary: temporary, fd: fd, source: source,
          prepared: prepared))
      stagedCount += 1
      present.insert(prepared.id)
    } catch {
      throw store.storeError("saving article \(prepared.id)", error)
    }
  }

  /// An article this batch created, with what the caches need to know of it.
  struct Published {
    var id: ArticleID
    /// The new file's size and modification time.
    var stamp: EntityCacheFile.Stamp
    var prepared: PreparedArticle
  }

  /// Fsyncs and links every staged article, in order; returns each outcome or
  /// failure, and the articles it created.
  mutating func publish(
    store: ArticleStore
  ) -> (
    results: [(source: String?, result: Result<ImportOutcome, StoreError>)],
    published: [Published]
  ) {
    let writer = store.writer
    let fileSystem = store.fileSystem
    var results: [(source: String?, result: Result<ImportOutcome, StoreError>)] = []
    var published: [Published] = []
    // One flush for every staged file; nil when the system cannot (fsync each then).
    var batchFlush: Result<Bool, SystemCallError>?
    for entry in entries {
      guard case .staged(_, _, let fd, _, _) = entry else { continue }
      do {
        batchFlush = .success(try fileSystem.syncFileSystem(fd))
      } catch {
        batchFlush = .failure(error)
      }
      break
    }
    for entry in entries {
      switch entry {
      case .done(let outcome):
        results.append((nil, .success(outcome)))
      case .staged(let id, let temporary, let fd, let source, let prepared):
        defer { writer.removeQuietly(temporary) }
        do throws(SystemCallError) {
          do throws(SystemCallError) {
            switch batchFlush {
            case .success(true): break
            case .failure(let error): throw error
            case .success(false), nil: try fileSystem.fsync(fd)
            }
            if let status = try? fileSystem.fstat(fd) {
              let stamp = EntityCacheFile.Stamp(
                size: status.size, modificationTime: status.modificationTime)
              published.append(Published(id: id, stamp: stamp, prepared: prepared))
            }
          } catch {
            fileSystem.closeQuietly(fd)
            throw error
          }
          try fileSystem.close(fd)
          let path = store.layout.articlePath(id)
          let created = try writer.linkIntoPlace(temporary, path)
          results.append((source, .success(created ? .imported(id) : .alreadyPresent(id))))
          if !created, published.last?.id == id { published.removeLast() }
        } catch {
          results.append((source, .failure(store.storeError("saving article \(id)", error))))
        }
      }
    }
    entries = []
    stagedCount = 0
    return (results, published)
  }
}
