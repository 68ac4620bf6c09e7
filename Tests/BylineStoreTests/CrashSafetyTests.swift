import Foundation
import Testing

@testable import BylineStore

/// A crash simulated at every system call of an import and of a state change.
///
/// `FaultInjectingFileSystem.crash(afterCalls:)` makes call N and every later
/// call fail, as if the process had been killed there (no clean-up runs).
/// Then the directory is reopened with the real file system and checked.
@Suite struct CrashSafetyTests {
  static let inputs = (0..<3).map { articleText(title: "Crash \($0)", body: "Body \($0).") }

  /// Imports the inputs into a fresh store through `fileSystem`; returns whether it finished.
  static func importAll(_ fixture: StoreFixture, paths: [String]) -> Bool {
    guard let store = try? fixture.open() else { return false }
    return store.importPaths(paths, standardInput: { nil }).succeeded
  }

  @Test("a crash at any step of an import leaves only complete articles; a rerun completes it")
  func crashDuringImport() throws {
    let probe = try StoreFixture()
    let probePaths = try Self.inputs.enumerated().map {
      try probe.input("\($0.offset).txt", $0.element)
    }
    probe.fileSystem.reset()
    #expect(Self.importAll(probe, paths: probePaths))
    let totalCalls = probe.fileSystem.calls.count
    #expect(totalCalls > 20)

    let expectedBodies = Set(Self.inputs.map { ArticleFile.parse($0).body })
    for crashAt in 1...totalCalls {
      let fixture = try StoreFixture()
      let paths = try Self.inputs.enumerated().map {
        try fixture.input("\($0.offset).txt", $0.element)
      }
      fixture.fileSystem.crash(afterCalls: crashAt)
      _ = Self.importAll(fixture, paths: paths)

      for name in fixture.names(in: "articles") {
        let file = ArticleFile.parse(fixture.read("articles/\(name)") ?? "")
        #expect(expectedBodies.contains(file.body), "crash at call \(crashAt): partial \(name)")
      }
      if let version = fixture.read("byline-store") {
        #expect(version == StoreLayout.versionFileText, "crash at call \(crashAt)")
      }
      // Restart two hours later with the real file system.
      let later = Date().addingTimeInterval(2 * ArticleStore.staleTemporaryAge)
      let store = try ArticleStore(
        directory: fixture.storeURL, createIfMissing: true, now: { later })
      #expect(fixture.names(in: "tmp").isEmpty, "crash at call \(crashAt): stale tmp left")
      let report = store.importPaths(paths, standardInput: { nil })
      #expect(report.failed == 0 && report.imported + report.alreadyPresent == 3)
      #expect(fixture.names(in: "articles").count == 3, "crash at call \(crashAt)")
    }
  }

  @Test("a crash at any step of a state change or compaction keeps a consistent state")
  func crashDuringStateChanges() throws {
    let setup = try StoreFixture()
    let id = try setup.open().importText(Self.inputs[0], name: "a", kind: .text).id
    func run(_ store: ArticleStore) throws {
      try store.setRead(id, true)
      try store.setStarred(id, true)
      try store.compactState()
      try store.setRead(id, false)
    }
    setup.fileSystem.reset()
    try run(try setup.open(create: false))
    let totalCalls = setup.fileSystem.calls.count

    for crashAt in 1...totalCalls {
      let fixture = try StoreFixture()
      _ = try fixture.open().importText(Self.inputs[0], name: "a", kind: .text)
      fixture.fileSystem.crash(afterCalls: crashAt)
      if let store = try? fixture.open(create: false) { try? run(store) }
      let state = try ArticleStore(directory: fixture.storeURL, createIfMissing: false)
        .readStarState()
      // Every prefix of the changes is acceptable; nothing else is.
      let acceptable: [ReadStarState] = [
        ReadStarState(), ReadStarState(read: [id]), ReadStarState(read: [id], starred: [id]),
        ReadStarState(starred: [id]),
      ]
      #expect(acceptable.contains(state), "crash at call \(crashAt): \(state)")
      let journal = fixture.read("state/journal") ?? ""
      #expect(journal.isEmpty || journal.hasSuffix("\n"), "crash at call \(crashAt)")
    }
  }
}
