/// Why a recognizer model could not be found, read or trusted.
///
/// Each `description` says what went wrong and what to do about it.
public enum EntityModelError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No model file at any searched location.
  case notFound(searched: [String])
  /// The file exists but could not be read.
  case unreadable(path: String, reason: String)
  /// The file does not start with the model magic bytes.
  case wrongMagic(path: String)
  /// The file's format version is not the one this build reads.
  case unsupportedFormat(path: String, found: UInt32, expected: UInt32)
  /// The model was trained with a different feature set.
  case featureSetMismatch(path: String, found: UInt32, expected: UInt32)
  /// The file ends before its header says it should.
  case truncated(path: String, expectedBytes: Int, actualBytes: Int)
  /// The file is internally inconsistent (bad counts, bad checksum).
  case corrupt(path: String, reason: String)
  /// Writing a model failed.
  case writeFailed(path: String, reason: String)

  public var description: String {
    let retrain =
      "Retrain it with `swift run -c release byline-train --train ../shared/ner/conll2003-train.txt"
      + " --dev ../shared/ner/conll2003-dev.txt --out Sources/BylineEntities/Resources/ner-en.model`"
      + " or restore the committed model."
    switch self {
    case .notFound(let searched):
      return "No entity model (ner-en.model) found. Searched: \(searched.joined(separator: ", "))."
        + " Set BYLINE_MODEL to the model file's path, or reinstall byline."
    case .unreadable(let path, let reason):
      return "Cannot read the entity model at \(path): \(reason). Check the path and permissions."
    case .wrongMagic(let path):
      return "\(path) is not a Byline entity model (wrong magic bytes). Point BYLINE_MODEL at"
        + " ner-en.model. \(retrain)"
    case .unsupportedFormat(let path, let found, let expected):
      return "The entity model at \(path) has format version \(found), but this build reads"
        + " version \(expected). \(retrain)"
    case .featureSetMismatch(let path, let found, let expected):
      return "The entity model at \(path) was trained with feature set \(found), but this build"
        + " uses feature set \(expected). \(retrain)"
    case .truncated(let path, let expected, let actual):
      return "The entity model at \(path) is truncated (\(actual) bytes, expected at least"
        + " \(expected)). \(retrain)"
    case .corrupt(let path, let reason):
      return "The entity model at \(path) is corrupt: \(reason). \(retrain)"
    case .writeFailed(let path, let reason):
      return "Could not write the entity model to \(path): \(reason). Check that the directory"
        + " exists and is writable."
    }
  }
}
