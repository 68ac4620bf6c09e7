/// The paths inside a store directory, and the format version.
///
/// ```
/// <store>/byline-store          format version ("byline-store 1")
/// <store>/articles/<id>.txt     the articles: the truth
/// <store>/state/journal         read/star journal (append-only, compacted)
/// <store>/state/journal.lock    flock(2) lock taken while appending/compacting
/// <store>/state/corrections     the user's entity corrections (see `EntityCorrections`)
/// <store>/cache/                derived data only; may be deleted at any time
/// <store>/cache/index-v1        list index (see `StoreIndex`), rebuilt when missing or stale
/// <store>/cache/entities-v1     recognised entities per article (see `EntityCacheFile`)
/// <store>/cache/search-v1/      full-text search segments + manifest (see `SearchIndexFile`)
/// <store>/trash/<id>.txt        deleted articles (`d` in the reader), moved here by rename;
///                               `byline restore ID` moves them back
/// <store>/tmp/                  temporary files; stale ones are removed on open
/// ```
struct StoreLayout: Sendable {
  /// The store format this code reads and writes.
  static let formatVersion = 1
  /// The version file's first line for `formatVersion`.
  static let versionLine = "byline-store \(formatVersion)"

  /// The store directory, absolute, without a trailing slash.
  let root: String

  init(root: String) {
    var root = root
    while root.count > 1, root.hasSuffix("/") { root.removeLast() }
    self.root = root
  }

  var articles: String { root + "/articles" }
  var state: String { root + "/state" }
  var cache: String { root + "/cache" }
  var tmp: String { root + "/tmp" }
  var trash: String { root + "/trash" }
  var index: String { cache + "/index-v1" }
  var entityCache: String { cache + "/entities-v1" }
  var searchIndex: String { cache + "/search-v1" }
  var versionFile: String { root + "/byline-store" }
  var journal: String { state + "/journal" }
  var journalLock: String { state + "/journal.lock" }
  var corrections: String { state + "/corrections" }

  /// The file of article `id`.
  ///
  /// `id` must be valid (see `ArticleID.isValid`), which every public entry point checks.
  func articlePath(_ id: ArticleID) -> String { articles + "/" + id.fileName }

  /// The file of deleted article `id` in the trash.
  func trashPath(_ id: ArticleID) -> String { trash + "/" + id.fileName }

  /// The version a version file's text declares, or nil when it is not a version file.
  static func version(fromFileText text: String) -> Int? {
    guard let first = text.split(separator: "\n", omittingEmptySubsequences: false).first
    else { return nil }
    let parts = first.split(separator: " ")
    guard parts.count == 2, parts[0] == "byline-store", let version = Int(parts[1]), version > 0
    else { return nil }
    return version
  }

  /// The version file's contents.
  static let versionFileText = """
    \(versionLine)
    This directory is a Byline article store. Articles are in articles/, one
    UTF-8 text file each. state/ holds read and star marks; cache/ and tmp/ can
    be deleted at any time.

    """
}
