/// What `importPaths` did: counts, the ids, and each failure with its reason.
public struct ImportReport: Sendable {
  /// Articles that were new and are now stored.
  public var imported = 0
  /// Articles whose content was already in the store.
  public var alreadyPresent = 0
  /// Each file that could not be imported, with a reason that says what to do.
  public var failures: [(path: String, reason: String)] = []
  /// Parts of files that were skipped while the rest was imported (a broken
  /// item in a feed), with a reason; they do not make the import fail.
  public var warnings: [(path: String, reason: String)] = []
  /// The ids of imported and already-present articles, in import order.
  public var ids: [ArticleID] = []
  /// Files inside imported directories skipped because their names do not end
  /// in `.txt`, `.md` or another text suffix (hidden files are skipped silently).
  public var skipped: [String] = []

  /// Creates an empty report.
  public init() {}

  /// How many files failed.
  public var failed: Int { failures.count }

  /// True when nothing failed.
  public var succeeded: Bool { failures.isEmpty }

  /// `imported N, already present M, failed K`.
  public var summaryLine: String {
    let line = "imported \(imported), already present \(alreadyPresent), failed \(failed)"
    return warnings.isEmpty
      ? line : line + ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
  }

  mutating func record(_ outcome: ImportOutcome) {
    switch outcome {
    case .imported: imported += 1
    case .alreadyPresent: alreadyPresent += 1
    }
    ids.append(outcome.id)
  }

  mutating func warn(_ path: String, _ error: StoreError) {
    warnings.append((path: path, reason: error.reason))
  }

  mutating func fail(_ path: String, _ error: StoreError) {
    failures.append((path: path, reason: error.reason))
  }
}
