@testable import BylineEntities

/// A tiny inline CoNLL corpus and a fast model trained on it.
enum ToyCorpus {
  static let text = """
    -DOCSTART-\tO

    Alice\tB-PER
    Smith\tI-PER
    joined\tO
    Acme\tB-ORG
    Corp\tI-ORG
    in\tO
    Paris\tB-LOC
    .\tO

    Smith\tB-PER
    said\tO
    Acme\tB-ORG
    grew\tO
    .\tO

    -DOCSTART-\tO

    Bob\tB-PER
    Jones\tI-PER
    left\tO
    Globex\tB-ORG
    for\tO
    London\tB-LOC
    .\tO

    Jones\tB-PER
    thanked\tO
    Globex\tB-ORG
    staff\tO
    .\tO

    -DOCSTART-\tO

    Carol\tB-PER
    White\tI-PER
    visited\tO
    Berlin\tB-LOC
    with\tO
    Initech\tB-ORG
    .\tO

    """

  static var documents: [LabeledDocument] { CoNLLCorpus.parse(Array(text.utf8)) }

  static var configuration: TrainingConfiguration {
    var configuration = TrainingConfiguration()
    configuration.epochs = 3
    configuration.stackedEpochs = 3
    configuration.pass1Bits = 10
    configuration.pass2Bits = 10
    configuration.folds = 2
    return configuration
  }

  static func trainedBytes() -> [UInt8] {
    NERTrainer(configuration: configuration).train(documents).serialized()
  }
}
