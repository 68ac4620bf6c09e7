import ArgumentParser
import BylineEntities
import Foundation

/// `byline-bench ner`: speed of the entity recognizer.
struct NERBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ner", abstract: "Entity recognizer speed: tagging, end to end, load time.")

  @Option(help: "CoNLL dev file.")
  var dev = "../shared/ner/conll2003-dev.txt"

  @Option(help: "Seed article (raw text).")
  var seed = "../shared/seed-article.txt"

  @Option(help: "Model file (default: the bundled model).")
  var model: String?

  @Option(help: "Timed runs per measurement (the median is reported).")
  var runs = 7

  @Option(help: "Write the dev set's tags (as `byline tag --conll`) to this file and exit.")
  var writeTags: String?

  @Flag(help: "Print the seed article's mentions and exit.")
  var showSeed = false

  @Option(
    help: "Write the mentions found in each dev document, as raw text, to this file and exit.")
  var writeMentions: String?

  @Option(
    help:
      "Run only `tag` or `e2e` (raw text to mentions) over the dev set, --repeats times (for profilers)."
  )
  var profile: String?

  @Option(help: "Repetitions for --profile.")
  var repeats = 50

  func validate() throws {
    if let profile, profile != "tag", profile != "e2e" {
      throw ValidationError("--profile is `tag` or `e2e`, not `\(profile)`.")
    }
  }

  func run() throws {
    let clock = ContinuousClock()
    var loadTimes: [Duration] = []
    let residentBefore = Self.residentMegabytes()
    var recognizer: PerceptronRecognizer? = try loadModel()
    print(
      "resident memory: \(residentBefore) MB before loading, \(Self.residentMegabytes()) MB after")
    for _ in 0..<runs {
      let start = clock.now
      recognizer =
        try model.map { try PerceptronRecognizer(contentsOf: URL(fileURLWithPath: $0)) }
        ?? PerceptronRecognizer.bundled()
      loadTimes.append(clock.now - start)
    }
    guard let recognizer else { return }
    if let writeTags {
      _ = FileManager.default.createFile(atPath: writeTags, contents: nil)
      if let input = FileHandle(forReadingAtPath: dev),
        let output = FileHandle(forWritingAtPath: writeTags)
      {
        try tagCoNLL(
          input: input.fileDescriptor, output: output.fileDescriptor, recognizer: recognizer)
      }
      return
    }
    if let writeMentions {
      var lines = ""
      for (number, labeled) in try CoNLLCorpus.read(path: dev).enumerated() {
        let text = String(decoding: labeled.document.bytes, as: UTF8.self)
        for mention in recognizer.mentions(in: text) {
          lines +=
            "\(number)\t\(mention.start)-\(mention.end)\t\(mention.kind)\t\(mention.text)"
            + "\t\(mention.entity)\n"
        }
      }
      try lines.write(toFile: writeMentions, atomically: true, encoding: .utf8)
      return
    }
    if showSeed {
      let text = String(
        decoding: FileManager.default.contents(atPath: seed) ?? Data(), as: UTF8.self)
      let document = Tokenizer().tokenize(text)
      for span in recognizer.spans(in: document) {
        let words = (span.start..<span.end).map { document.text(ofToken: $0) }
        print("span \(span.type.code): \(words.joined(separator: " "))")
      }
      for mention in recognizer.mentions(in: text) {
        print(
          "\(mention.start)-\(mention.end)\t\(mention.kind)\t\(mention.text)\t-> \(mention.entity)")
      }
      return
    }
    if let profile {
      let documents = try CoNLLCorpus.read(path: dev).map(\.document)
      let texts = documents.map { String(decoding: $0.bytes, as: UTF8.self) }
      var total = 0
      for _ in 0..<repeats {
        if profile == "tag" {
          for document in documents { total &+= recognizer.spans(in: document).count }
        } else {
          for text in texts { total &+= recognizer.mentions(in: text).count }
        }
      }
      print("(checksum \(total))")
      return
    }
    print("model: \(recognizer.modelVersion)")
    print("model load: \(Self.milliseconds(Self.median(loadTimes))) ms (median of \(runs))")

    let labeled = try CoNLLCorpus.read(path: dev)
    let documents = labeled.map(\.document)
    let tokens = documents.reduce(0) { $0 + $1.tokenCount }
    var quality = EvaluationReport()
    for document in labeled {
      quality.add(gold: document.goldSpans, predicted: recognizer.spans(in: document.document))
    }
    print(
      String(
        format: "dev F1 (tagger spans): person %.2f, organization %.2f, both %.2f",
        quality.scores([.person]).f1, quality.scores([.organization]).f1,
        quality.scores([.person, .organization]).f1))
    var entityCount = 0
    var tagCPU = Duration.zero
    let tagTime = measure(cpu: &tagCPU) {
      for document in documents { entityCount &+= recognizer.spans(in: document).count }
    }
    print(
      "tag (pre-tokenized dev, \(tokens) tokens): \(Self.rate(tokens, tagTime)) tokens/s"
        + " (median of \(runs); \(Self.rate(tokens, tagCPU)) by thread CPU time)")

    if let input = FileHandle(forReadingAtPath: dev),
      let output = FileHandle(forWritingAtPath: "/dev/null")
    {
      let streamTime = measure {
        try? input.seek(toOffset: 0)
        try? tagCoNLL(
          input: input.fileDescriptor, output: output.fileDescriptor, recognizer: recognizer)
      }
      print("tagCoNLL streaming (dev file -> /dev/null): \(Self.rate(tokens, streamTime)) tokens/s")
    }

    let texts = documents.map { document in
      String(decoding: document.bytes, as: UTF8.self)
    }
    let tokenizer = Tokenizer()
    var rawTokens = 0
    for text in texts { rawTokens += tokenizer.tokenize(text).tokenCount }
    let tokenizeTime = measure {
      for text in texts { entityCount &+= tokenizer.tokenize(text).tokenCount }
    }
    print(
      "baseline: tokenizer only (dev as raw text): \(Self.rate(rawTokens, tokenizeTime)) tokens/s")
    var endToEndCPU = Duration.zero
    let endToEnd = measure(cpu: &endToEndCPU) {
      for text in texts { entityCount &+= recognizer.mentions(in: text).count }
    }
    print(
      "end to end (raw text -> mentions, dev): \(Self.rate(rawTokens, endToEnd)) tokens/s"
        + " (\(Self.rate(rawTokens, endToEndCPU)) by thread CPU time)")

    if let data = FileManager.default.contents(atPath: seed) {
      let text = String(decoding: data, as: UTF8.self)
      let words = text.split(whereSeparator: \.isWhitespace).count
      var seedCPU = Duration.zero
      let seedTime = measure(runs: max(runs, 21), cpu: &seedCPU) {
        entityCount &+= recognizer.mentions(in: text).count
      }
      print(
        "seed article (\(words) words): \(Self.milliseconds(seedTime)) ms (median;"
          + " \(Self.milliseconds(seedCPU)) ms thread CPU time)")
    } else {
      print("seed article: skipped (\(seed) not found)")
    }
    let hostile = [
      ("1 MB line without spaces", String(repeating: "x", count: 1 << 20)),
      (
        "1 MB of capitalised names",
        String(repeating: "Mr. Ab Cd said Ef Gh Inc. and Ab Cd’s Ef-Gh. ", count: 1 << 20 / 46)
      ),
    ]
    for (name, text) in hostile {
      let time = measure(runs: 3) { entityCount &+= recognizer.mentions(in: text).count }
      print("pathological input (\(name)): \(Self.milliseconds(time)) ms")
    }
    print("peak resident memory: \(Self.residentMegabytes(field: "VmHWM:")) MB (VmHWM, whole run)")
    print("(checksum \(entityCount))")
  }

  private func loadModel() throws -> PerceptronRecognizer {
    try model.map { try PerceptronRecognizer(contentsOf: URL(fileURLWithPath: $0)) }
      ?? PerceptronRecognizer.bundled()
  }

  private func measure(runs: Int? = nil, _ body: () -> Void) -> Duration {
    var cpu = Duration.zero
    return measure(runs: runs, cpu: &cpu, body)
  }

  /// The median wall time of `body`; `cpu` gets the median thread CPU time,
  /// which a busy shared machine disturbs less (time spent descheduled is not counted).
  private func measure(runs: Int? = nil, cpu: inout Duration, _ body: () -> Void) -> Duration {
    let clock = ContinuousClock()
    var times: [Duration] = []
    var cpuTimes: [Duration] = []
    body()
    for _ in 0..<(runs ?? self.runs) {
      let start = clock.now
      let cpuStart = Self.threadCPUTime()
      body()
      cpuTimes.append(Self.threadCPUTime() - cpuStart)
      times.append(clock.now - start)
    }
    cpu = Self.median(cpuTimes)
    return Self.median(times)
  }

  /// CPU time consumed by the calling thread so far.
  static func threadCPUTime() -> Duration {
    var spec = timespec()
    guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec) == 0 else { return .zero }
    return .seconds(spec.tv_sec) + .nanoseconds(spec.tv_nsec)
  }

  /// A field of /proc/self/status in megabytes (Linux), or "?".
  static func residentMegabytes(field: String = "VmRSS:") -> String {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
      let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
    else { return "?" }
    return String(format: "%.1f", Double(kilobytes) / 1024)
  }

  static func median(_ times: [Duration]) -> Duration {
    let sorted = times.sorted()
    return sorted.isEmpty ? .zero : sorted[sorted.count / 2]
  }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  static func milliseconds(_ duration: Duration) -> String {
    String(format: "%.3f", seconds(duration) * 1000)
  }

  static func rate(_ count: Int, _ duration: Duration) -> String {
    let value = Double(count) / max(seconds(duration), 1e-9)
    return String(format: "%.0f", value)
  }
}
