import Foundation
import Testing

@testable import BylineTestSupport

@Suite struct TestSupportTests {
  @Test("the line diff marks removed and added lines with their numbers")
  func lineDiff() {
    let diff = LineDiff.describe(expected: "a\nb\nc", actual: "a\nB\nc")
    #expect(diff == "   1  a\n-  2  b\n+  2  B\n   3  c")
  }

  @Test("the repository root is the folder with Package.swift above this file")
  func repositoryRoot() throws {
    let root = try #require(SharedData.repositoryRoot())
    #expect(
      FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path))
    #expect(URL(fileURLWithPath: #filePath).path.hasPrefix(root.path))
  }

  @Test("require gives nil for a missing shared file")
  func requireMissing() {
    #expect(SharedData.require("no/such/file-\(UUID().uuidString)") == nil)
  }

  @Test("the shared folder, when present, is the repository's sibling named shared")
  func sharedDirectory() throws {
    guard let shared = SharedData.directory() else {
      print("skipped: ../shared is absent")
      return
    }
    let root = try #require(SharedData.repositoryRoot())
    #expect(shared.path == root.deletingLastPathComponent().appendingPathComponent("shared").path)
  }

  @Test("a temporary directory exists while in use and is removed afterwards")
  func temporaryDirectory() throws {
    var path = ""
    try withTemporaryDirectory { url in
      path = url.path
      try Data("x".utf8).write(to: url.appendingPathComponent("f"))
      #expect(FileManager.default.fileExists(atPath: path))
    }
    #expect(!path.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: path))
  }
}
