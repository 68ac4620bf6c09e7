/// Entity-level precision, recall and F1 with conlleval semantics.
///
/// A predicted entity counts only when its type and both boundaries equal a
/// gold entity's.
public struct EvaluationReport: Sendable, CustomStringConvertible {
  /// Per type: true positives, predicted count, gold count.
  public private(set) var correct = [Int](repeating: 0, count: 4)
  /// Per type: number of predicted entities.
  public private(set) var predicted = [Int](repeating: 0, count: 4)
  /// Per type: number of gold entities.
  public private(set) var gold = [Int](repeating: 0, count: 4)

  /// Creates an empty report.
  public init() {}

  /// Adds one document's gold and predicted spans.
  public mutating func add(gold goldSpans: [EntitySpan], predicted predictedSpans: [EntitySpan]) {
    let goldSet = Set(goldSpans)
    for span in goldSpans { gold[span.type.rawValue] += 1 }
    for span in predictedSpans {
      predicted[span.type.rawValue] += 1
      if goldSet.contains(span) { correct[span.type.rawValue] += 1 }
    }
  }

  /// Precision, recall and F1 (as percentages) over the given types.
  public func scores(_ types: [NERType]) -> (precision: Double, recall: Double, f1: Double) {
    let hits = types.reduce(0) { $0 + correct[$1.rawValue] }
    let guesses = types.reduce(0) { $0 + predicted[$1.rawValue] }
    let truths = types.reduce(0) { $0 + gold[$1.rawValue] }
    let precision = guesses == 0 ? 0 : 100 * Double(hits) / Double(guesses)
    let recall = truths == 0 ? 0 : 100 * Double(hits) / Double(truths)
    let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    return (precision, recall, f1)
  }

  /// A table of P/R/F1 per type, micro PER+ORG and micro over all types.
  public var description: String {
    var lines = ["type        P       R       F1     gold"]
    func row(_ name: String, _ types: [NERType]) {
      let (p, r, f) = scores(types)
      let count = types.reduce(0) { $0 + gold[$1.rawValue] }
      lines.append(
        name.padding(toLength: 8, withPad: " ", startingAt: 0)
          + [p, r, f].map { Self.format($0) }.joined() + "  \(count)")
    }
    for type in NERType.allCases { row(type.code, [type]) }
    row("PER+ORG", [.person, .organization])
    row("all", NERType.allCases)
    return lines.joined(separator: "\n")
  }

  private static func format(_ value: Double) -> String {
    let scaled = Int((value * 100).rounded())
    let text = "\(scaled / 100).\(String(format2: scaled % 100))"
    return String(repeating: " ", count: max(0, 8 - text.count)) + text
  }
}

extension String {
  fileprivate init(format2 value: Int) {
    self = value < 10 ? "0\(value)" : "\(value)"
  }
}
