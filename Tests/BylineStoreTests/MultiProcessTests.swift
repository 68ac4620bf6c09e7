import Foundation
import Testing

@testable import BylineStore

/// Two real processes on one store: this test binary runs itself as a helper.
///
/// The helper is an ordinary test that does nothing unless the environment
/// names a store; the parent test starts two copies of the test binary with
/// `--filter` selecting it, and checks the store after both have finished.
@Suite struct MultiProcessTests {
  static let storeVariable = "BYLINE_STORE_TEST_HELPER_STORE"
  static let idsVariable = "BYLINE_STORE_TEST_HELPER_IDS"

  @Test("helper process: marks the given ids read and starred, compacting as it goes")
  func helperProcess() throws {
    let environment = ProcessInfo.processInfo.environment
    guard let directory = environment[Self.storeVariable] else { return }
    let store = try ArticleStore(
      directory: URL(fileURLWithPath: directory), createIfMissing: false)
    let ids = (environment[Self.idsVariable] ?? "").split(separator: ",").map {
      ArticleID(String($0))
    }
    for (index, id) in ids.enumerated() {
      try store.setRead(id, true)
      try store.setStarred(id, true)
      if index % 10 == 0 { try store.compactState() }
      _ = try store.importText(articleText(title: "Shared \(index)"), name: "s", kind: .text)
    }
  }

  @Test("two processes marking articles and importing the same ones lose nothing")
  func twoProcesses() throws {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0])
    guard binary.lastPathComponent.hasSuffix(".xctest"),
      FileManager.default.isExecutableFile(atPath: binary.path)
    else {
      print("skipped: the test binary cannot be run as a helper here (\(binary.path))")
      return
    }
    let fixture = try StoreFixture()
    let store = try ArticleStore(directory: fixture.storeURL, createIfMissing: true)
    var ids: [ArticleID] = []
    for index in 0..<40 {
      ids.append(try store.importText(articleText(title: "P\(index)"), name: "p", kind: .text).id)
    }
    let halves = [
      ids.enumerated().filter { $0.offset % 2 == 0 },
      ids.enumerated().filter { $0.offset % 2 == 1 },
    ]
    let processes = try halves.map { half in
      let process = Process()
      process.executableURL = binary
      process.arguments = ["--testing-library", "swift-testing", "--filter", "helperProcess"]
      var environment = ProcessInfo.processInfo.environment
      environment[Self.storeVariable] = fixture.storePath
      environment[Self.idsVariable] = half.map(\.element.rawValue).joined(separator: ",")
      process.environment = environment
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      return process
    }
    for process in processes { process.waitUntilExit() }
    #expect(processes.allSatisfy { $0.terminationStatus == 0 })
    let state = try store.readStarState()
    #expect(state.read == Set(ids))
    #expect(state.starred == Set(ids))
    // Both imported "Shared 0…19": each is stored once, complete.
    let shared = try store.summaries().filter { $0.title.hasPrefix("Shared ") }
    #expect(shared.count == 20)
    #expect(fixture.names(in: "articles").count == 60)
    #expect(fixture.names(in: "tmp").isEmpty)
  }
}
