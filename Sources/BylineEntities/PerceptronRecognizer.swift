import Foundation

/// The trained recognizer of people and organizations used by the reader.
///
/// A two-pass averaged perceptron over hashed features (see `MODEL_FORMAT.md`
/// and `FeatureExtractor`), followed by a document-level pass that makes
/// labels consistent, links short forms to full names and picks canonical
/// names. Immutable and thread-safe once loaded.
public final class PerceptronRecognizer: EntityRecognizer, Sendable {
  let tagger: StackedTagger
  private let tokenizer = Tokenizer()

  /// `ner-en-<format>.<feature set>.<tagger revision>-<checksum of the model bytes>`.
  public let modelVersion: String

  /// Loads a model file.
  ///
  /// - Throws: `EntityModelError` when the file is missing, unreadable, of
  ///   another format or feature-set version, truncated or corrupt.
  public convenience init(contentsOf url: URL) throws(EntityModelError) {
    let path = url.path
    guard let data = FileManager.default.contents(atPath: path) else {
      if FileManager.default.fileExists(atPath: path) {
        throw .unreadable(path: path, reason: "permission denied or not a regular file")
      }
      throw .notFound(searched: [path])
    }
    try self.init(bytes: [UInt8](data), path: path)
  }

  /// Decodes model bytes; `path` names the source in errors.
  init(bytes: [UInt8], path: String) throws(EntityModelError) {
    tagger = try ModelFile.decode(bytes, path: path)
    let checksum = String(ModelFile.checksum(bytes[...]), radix: 16)
    modelVersion =
      "ner-en-\(ModelFile.formatVersion).\(FeatureExtractor.featureSetVersion)"
      + ".\(StackedTagger.revision)-\(checksum.prefix(12))"
  }

  /// Wraps a freshly trained model (serialized and decoded, so it is exactly what ships).
  public convenience init(trained model: TrainedModel) throws(EntityModelError) {
    try self.init(bytes: model.serialized(), path: "<trained model>")
  }

  /// Loads the model that ships with byline, found by `ModelLocator`.
  ///
  /// - Throws: `EntityModelError.notFound` listing the searched paths, or a
  ///   load error for the file found.
  public static func bundled() throws(EntityModelError) -> PerceptronRecognizer {
    let path = try ModelLocator.locate()
    return try PerceptronRecognizer(contentsOf: URL(fileURLWithPath: path))
  }

  /// The people and organizations in raw article text.
  ///
  /// Offsets are UTF-8 byte offsets into `text`, end exclusive; mentions are
  /// sorted and never overlap; `entity` is the canonical name.
  public func mentions(in text: String) -> [EntityMention] {
    let document = tokenizer.tokenize(text)
    guard document.tokenCount > 0 else { return [] }
    let context = tagger.context(for: document)
    let labels = tagger.tag(context: context)
    var pass = DocumentPass(
      document: document, context: context, gazetteer: tagger.gazetteer,
      spans: BILOU.spans(labels, in: 0..<labels.count))
    return pass.mentions()
  }

  /// Entity spans (all four CoNLL types) for a pre-tokenized document.
  public func spans(in document: TokenizedDocument) -> [EntitySpan] {
    let labels = tagger.tag(document)
    return BILOU.spans(labels, in: 0..<labels.count)
  }
}
