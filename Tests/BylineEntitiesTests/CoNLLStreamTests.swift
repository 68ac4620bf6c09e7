import BylineTestSupport
import Foundation
import Testing

@testable import BylineEntities

@Suite struct CoNLLStreamTests {
  @Test("tag --conll echoes every token, blank line and -DOCSTART- line in place")
  func formatFidelity() throws {
    guard let recognizer = SharedFixtures.recognizer else {
      Issue.record("bundled model missing")
      return
    }
    let input = """
      -DOCSTART- -X- -X- O

      Gina\tNNP\tB-PER
      Raimondo\tNNP\tI-PER
      joined\tVBD\tO
      Huawei\tNNP\tB-ORG
      .\t.\tO

      Reuters

      -DOCSTART-

      Acme
      rose
      """
    let output = try withTemporaryDirectory { directory -> String in
      let inputURL = directory.appendingPathComponent("in.conll")
      let outputURL = directory.appendingPathComponent("out.conll")
      try Data(input.utf8).write(to: inputURL)
      FileManager.default.createFile(atPath: outputURL.path, contents: nil)
      let inputHandle = try FileHandle(forReadingFrom: inputURL)
      let outputHandle = try FileHandle(forWritingTo: outputURL)
      try tagCoNLL(
        input: inputHandle.fileDescriptor, output: outputHandle.fileDescriptor,
        recognizer: recognizer)
      try inputHandle.close()
      try outputHandle.close()
      return String(decoding: try Data(contentsOf: outputURL), as: UTF8.self)
    }
    let inLines = input.split(separator: "\n", omittingEmptySubsequences: false)
    let outLines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(outLines.count == inLines.count)
    for (inLine, outLine) in zip(inLines, outLines) {
      if inLine.isEmpty || inLine.hasPrefix("-DOCSTART-") {
        #expect(outLine == inLine)
      } else {
        let token = inLine.split(separator: "\t").first.map(String.init) ?? ""
        let fields = outLine.split(separator: "\t")
        #expect(fields.count == 2 && fields.first.map(String.init) == token)
        let tag = fields.last.map(String.init) ?? ""
        #expect(tag == "O" || tag.hasPrefix("B-") || tag.hasPrefix("I-"))
      }
    }
  }
}
