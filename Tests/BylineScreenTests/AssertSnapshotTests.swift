import Foundation
import Testing

@testable import BylineTestSupport

@Suite struct AssertSnapshotTests {
  @Test("a missing baseline is recorded and the run fails; then it matches; a change fails")
  func recordCompareAndFail() throws {
    let temporary = try TemporaryDirectory()
    let directory = temporary.url
    do {
      let testFile = directory.appendingPathComponent("FakeTests.swift").path
      let baseline = directory.appendingPathComponent("Snapshots/demo.txt")
      withKnownIssue {
        assertSnapshot("one\ntwo \n", named: "demo", filePath: testFile)
      } matching: { issue in
        issue.comments.contains { $0.rawValue.contains("Recorded new baseline") }
      }
      #expect(try String(contentsOf: baseline, encoding: .utf8) == "one\ntwo \n")
      assertSnapshot("one\ntwo \n", named: "demo", filePath: testFile)
      withKnownIssue {
        assertSnapshot("one\ntwo\n", named: "demo", filePath: testFile)
      } matching: { issue in
        issue.comments.contains { $0.rawValue.contains("-  2  two \n+  2  two") }
      }
      #expect(try String(contentsOf: baseline, encoding: .utf8) == "one\ntwo \n")
    }
  }
}
