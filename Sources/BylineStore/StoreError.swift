#if canImport(Glibc)
  import Glibc
#endif

/// Everything that can go wrong in the article store.
///
/// Every `description` says what went wrong and what the user can do about
/// it, so the command line can print it as it is.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A system call failed while doing `action` (for example "saving an article").
  case io(action: String, failure: SystemCallError)
  /// Writing was refused because the store directory is not writable.
  case readOnly(path: String)
  /// The store was written by a newer Byline using a format this one cannot read.
  case newerFormat(path: String, found: Int, supported: Int)
  /// The `byline-store` version file exists but cannot be understood.
  case unrecognizedVersionFile(path: String)
  /// The directory exists, holds other files, and is not a Byline store.
  case notAStore(path: String)
  /// The store path, or a part of it, exists but is not a directory.
  case notADirectory(path: String)
  /// An article id that is not of the form the store uses.
  case invalidID(String)
  /// No article with this id is in the store.
  case articleNotFound(ArticleID)
  /// The article file exists but cannot be read as an article.
  case corruptArticle(path: String, reason: String)
  /// An import source has no text.
  case empty(name: String)
  /// An import source is not text: it has a NUL byte or is not valid UTF-8.
  case notText(name: String, reason: String)
  /// A feed or web page that could not be used; `reason` says why and what to do.
  case unusableDocument(name: String, reason: String)
  /// An import source is larger than the documented limit.
  case tooLarge(name: String, bytes: Int64, limit: Int)
  /// An import source is not a regular file or directory (a device, FIFO or socket).
  case notRegularFile(name: String)
  /// An import source could not be opened or read.
  case unreadable(name: String, failure: SystemCallError)
  /// A directory contains itself through a symbolic link; it was imported once.
  case directoryLoop(path: String)

  public var description: String {
    switch self {
    case .io(let action, let failure):
      let target = failure.path.isEmpty ? "" : " \(Self.shown(failure.path))"
      return "Error \(action) (\(failure.call)\(target): \(failure.message)). "
        + Self.advice(for: failure.code)
    case .readOnly(let path):
      return
        "The store \(Self.shown(path)) is read-only: articles can be read but nothing can be saved. "
        + "Check its permissions, or use a writable store with --store DIR."
    case .newerFormat(let path, let found, let supported):
      return
        "The store \(Self.shown(path)) has format version \(found), but this Byline reads versions up "
        + "to \(supported). Upgrade Byline, or use another store with --store DIR."
    case .unrecognizedVersionFile(let path):
      return
        "The store version file \(Self.shown(path)) is not understood. If this is a Byline store, "
        + "restore the file (its first line is 'byline-store 1'); otherwise use another --store DIR."
    case .notAStore(let path):
      return
        "\(Self.shown(path)) already holds other files and is not a Byline store. Choose an empty or "
        + "new directory with --store DIR or $BYLINE_STORE."
    case .notADirectory(let path):
      return
        "\(Self.shown(path)) is not a directory. Choose a directory for the store with --store DIR."
    case .invalidID(let raw):
      return "'\(Self.printable(raw))' is not an article id (ids are \(ArticleID.length) "
        + "characters 0-9 and a-z). Use an id printed by 'byline list'."
    case .articleNotFound(let id):
      return "No article \(id) in the store; it may have been removed. "
        + "Reload the list, or run 'byline list' to see the ids."
    case .corruptArticle(let path, let reason):
      return "The article file \(Self.shown(path)) cannot be read: \(reason). "
        + "Open it in an editor to repair it, or remove it and import the article again."
    case .empty(let name), .notText(let name, _), .unusableDocument(let name, _),
      .tooLarge(let name, _, _),
      .notRegularFile(let name), .directoryLoop(let name), .unreadable(let name, _):
      return "\(Self.shown(name)): \(reason)"
    }
  }

  /// The message without the file name, for lists that show the name beside it.
  ///
  /// Used for `ImportReport.failures`, whose entries pair a path with a reason.
  public var reason: String {
    switch self {
    case .empty:
      return "the file is empty. Nothing to import; check that it is the right file."
    case .unusableDocument(_, let why):
      return why
    case .notText(_, let why):
      return "not a text file (\(why)). Import UTF-8 text or Markdown; "
        + "convert other encodings first, for example with iconv -t UTF-8."
    case .tooLarge(_, let bytes, let limit):
      return "too large (\(bytes) bytes; the limit is \(limit / (1 << 20)) MiB). "
        + "Split it into several articles."
    case .notRegularFile:
      return "not a regular file or directory (a device, pipe or socket). "
        + "Import files, directories, or '-' for standard input."
    case .unreadable(_, let failure):
      return "cannot be read (\(failure.message)). " + Self.advice(for: failure.code)
    case .directoryLoop:
      return "a symbolic link leads back into a directory already being imported; "
        + "skipped it so nothing is imported twice. Nothing to do."
    default:
      return description
    }
  }

  /// What to do about a failed system call, by `errno`.
  static func advice(for code: Int32) -> String {
    switch code {
    case ENOSPC, EDQUOT:
      return "The disk is full: free some space and try again. Nothing already stored was changed."
    case EROFS:
      return "The file system is read-only: use a writable store with --store DIR."
    case EACCES, EPERM:
      return "Check the permissions of the file and its directory."
    case EIO:
      return "The disk reported an I/O error: check the disk and try again. "
        + "Nothing already stored was changed."
    case ENOENT:
      return "The file or a directory on its path does not exist."
    case ENAMETOOLONG:
      return "The path is too long: use a shorter store path."
    case EMFILE, ENFILE:
      return "Too many files are open: close other programs and try again."
    default:
      return "Try again; if it keeps failing, check the disk and the store directory."
    }
  }

  /// A path or name from outside, safe to print: control characters escaped, long ones cut.
  static func shown(_ raw: String) -> String { printable(raw, limit: 300) }

  /// `raw` with control characters made visible and cut to `limit` scalars.
  static func printable(_ raw: String, limit: Int = 80) -> String {
    var out = ""
    for scalar in raw.unicodeScalars.prefix(limit) {
      if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
        out += "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return raw.unicodeScalars.count > limit ? out + "…" : out
  }
}
