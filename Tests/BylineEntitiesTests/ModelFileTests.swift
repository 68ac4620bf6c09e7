import Foundation
import Testing

@testable import BylineEntities

@Suite struct ModelFileTests {
  @Test("the toy corpus parses into documents with gold spans")
  func toyCorpusParses() {
    let documents = ToyCorpus.documents
    #expect(documents.count == 3)
    #expect(documents[0].goldSpans.first == EntitySpan(start: 0, end: 2, type: .person))
  }

  @Test("training twice gives byte-identical models")
  func trainingIsDeterministic() {
    let first = ToyCorpus.trainedBytes()
    let second = ToyCorpus.trainedBytes()
    #expect(first == second)
    #expect(first.count > 1000)
  }

  @Test("a model round-trips through its file format and tags the same")
  func roundTrip() throws {
    let bytes = ToyCorpus.trainedBytes()
    let recognizer = try PerceptronRecognizer(bytes: bytes, path: "toy")
    let again = try PerceptronRecognizer(bytes: ModelFile.encode(recognizer.tagger), path: "toy")
    #expect(ModelFile.encode(again.tagger) == bytes)
    #expect(recognizer.modelVersion == again.modelVersion)
    #expect(recognizer.modelVersion.hasPrefix("ner-en-\(ModelFile.formatVersion)."))
    let document = ToyCorpus.documents[0].document
    #expect(recognizer.spans(in: document) == again.spans(in: document))
  }

  @Test("wrong magic, version mismatches and truncation are typed errors")
  func validation() {
    let bytes = ToyCorpus.trainedBytes()
    #expect(throws: EntityModelError.wrongMagic(path: "m")) {
      try PerceptronRecognizer(bytes: Array("not a model at all, sorry".utf8), path: "m")
    }
    var format = bytes
    format[8] = 99
    #expect(
      throws: EntityModelError.unsupportedFormat(
        path: "m", found: 99, expected: ModelFile.formatVersion)
    ) {
      try PerceptronRecognizer(bytes: format, path: "m")
    }
    var features = bytes
    features[12] = 77
    #expect(
      throws: EntityModelError.featureSetMismatch(
        path: "m", found: 77, expected: FeatureExtractor.featureSetVersion)
    ) {
      try PerceptronRecognizer(bytes: features, path: "m")
    }
    do {
      _ = try PerceptronRecognizer(bytes: Array(bytes.prefix(bytes.count / 2)), path: "m")
      Issue.record("a truncated model loaded")
    } catch {
      guard case .truncated = error else {
        Issue.record("expected .truncated, got \(error)")
        return
      }
      #expect(error.description.contains("byline-train"))
    }
    var flipped = bytes
    flipped[bytes.count / 2] ^= 0xFF
    #expect(throws: EntityModelError.corrupt(path: "m", reason: "checksum mismatch")) {
      try PerceptronRecognizer(bytes: flipped, path: "m")
    }
  }

  @Test("a missing file is .notFound; BYLINE_MODEL comes first in the search")
  func missingFile() {
    #expect(throws: EntityModelError.notFound(searched: ["/nonexistent/ner-en.model"])) {
      try PerceptronRecognizer(contentsOf: URL(fileURLWithPath: "/nonexistent/ner-en.model"))
    }
    let paths = ModelLocator.candidates(
      environment: ["BYLINE_MODEL": "/x/m.model"], executable: "/opt/byline/bin/byline",
      sourceFile: "/repo/Sources/BylineEntities/Model/ModelLocator.swift")
    #expect(paths.first == "/x/m.model")
    #expect(paths.contains("/opt/byline/bin/byline_BylineEntities.resources/ner-en.model"))
    #expect(paths.contains("/opt/byline/share/byline/ner-en.model"))
    #expect(paths.last == "/repo/Sources/BylineEntities/Resources/ner-en.model")
  }

  @Test("the bundled model loads")
  func bundledLoads() throws {
    let recognizer = try PerceptronRecognizer.bundled()
    #expect(recognizer.modelVersion.hasPrefix("ner-en-"))
  }
}
