import ArgumentParser
import BylineEntities
import Foundation

/// Trains the entity recognizer on CoNLL-2003 and writes the model file.
@main
struct Train: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "byline-train",
    abstract: "Train the PER/ORG entity recognizer and write ner-en.model.")

  @Option(help: "CoNLL training file.")
  var train = "../shared/ner/conll2003-train.txt"

  @Option(help: "CoNLL development file (evaluated after training).")
  var dev = "../shared/ner/conll2003-dev.txt"

  @Option(help: "Where to write the model (atomically).")
  var out = "Sources/BylineEntities/Resources/ner-en.model"

  @Option(help: "Training epochs per pass.")
  var epochs = TrainingConfiguration().epochs

  @Option(help: "log2 of the pass-1 weight rows.")
  var bits = TrainingConfiguration().pass1Bits

  @Option(help: "log2 of the pass-2 (stacked) weight rows.")
  var stackedBits = TrainingConfiguration().pass2Bits

  @Option(help: "Shuffle seed.")
  var seed = TrainingConfiguration().seed

  @Flag(help: "Train only pass 1 (no stacked pass).")
  var singlePass = false

  @Option(help: "Print up to this many dev errors (for error analysis).")
  var showErrors = 0

  func run() throws {
    let clock = ContinuousClock()
    let started = clock.now
    let trainDocuments = try CoNLLCorpus.read(path: train)
    let devDocuments = try CoNLLCorpus.read(path: dev)
    print("train: \(trainDocuments.count) documents; dev: \(devDocuments.count) documents")
    var configuration = TrainingConfiguration()
    configuration.epochs = epochs
    configuration.stackedEpochs = epochs
    configuration.pass1Bits = bits
    configuration.pass2Bits = stackedBits
    configuration.seed = seed
    configuration.stacked = !singlePass
    let model = NERTrainer(configuration: configuration).train(trainDocuments) { print($0) }
    let bytes = model.serialized()
    try writeAtomically(bytes, to: out)
    let recognizer = try PerceptronRecognizer(contentsOf: URL(fileURLWithPath: out))
    var report = EvaluationReport()
    var shown = 0
    for document in devDocuments {
      let predicted = recognizer.spans(in: document.document)
      report.add(gold: document.goldSpans, predicted: predicted)
      guard shown < showErrors else { continue }
      let gold = Set(document.goldSpans)
      let guessed = Set(predicted)
      func words(_ span: EntitySpan) -> String {
        (span.start..<span.end).map { document.document.text(ofToken: $0) }.joined(separator: " ")
      }
      for span in document.goldSpans where !guessed.contains(span) && shown < showErrors {
        let other = predicted.first { $0.start < span.end && $0.end > span.start }
        print(
          "missed \(span.type.code) '\(words(span))' got \(other.map { "\($0.type.code) '\(words($0))'" } ?? "-")"
        )
        shown += 1
      }
      for span in predicted
      where !gold.contains(span) && shown < showErrors
        && !document.goldSpans.contains(where: { $0.start < span.end && $0.end > span.start })
      {
        print("spurious \(span.type.code) '\(words(span))'")
        shown += 1
      }
    }
    print("dev (entity-level exact match, model as written):")
    print(report)
    print("wrote \(out): \(bytes.count) bytes, \(recognizer.modelVersion)")
    print("wall time: \(clock.now - started)")
  }

  private func writeAtomically(_ bytes: [UInt8], to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(
        ".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
    try Data(bytes).write(to: temporary, options: [.atomic])
    guard rename(temporary.path, url.path) == 0 else {
      try? FileManager.default.removeItem(at: temporary)
      throw ValidationError("Cannot move the model into place at \(path) (errno \(errno)).")
    }
  }
}
