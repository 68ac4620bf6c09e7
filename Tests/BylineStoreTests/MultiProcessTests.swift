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
  static let lockVariable = "BYLINE_STORE_TEST_HELPER_LOCK"

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

  @Test("helper process: holds the journal lock until killed")
  func helperHoldsJournalLock() throws {
    guard let lockPath = ProcessInfo.processInfo.environment[Self.lockVariable] else { return }
    let fd = open(lockPath, O_RDWR | O_CREAT, 0o644)
    try #require(fd >= 0 && flock(fd, LOCK_EX) == 0)
    // Tell the parent the lock is held, then wait to be killed.
    _ = FileManager.default.createFile(atPath: lockPath + ".held", contents: Data())
    sleep(60)
  }

  @Test("a journal lock held by a process killed with SIGKILL blocks nothing afterwards")
  func lockOfKilledProcess() throws {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0])
    guard binary.lastPathComponent.hasSuffix(".xctest"),
      FileManager.default.isExecutableFile(atPath: binary.path)
    else {
      print("skipped: the test binary cannot be run as a helper here (\(binary.path))")
      return
    }
    let fixture = try StoreFixture()
    let store = try ArticleStore(directory: fixture.storeURL, createIfMissing: true)
    let id = try store.importText(articleText(title: "Locked"), name: "l", kind: .text).id
    try store.setStarred(id, true)
    let lockPath = store.layout.journalLock

    let process = Process()
    process.executableURL = binary
    process.arguments = [
      "--testing-library", "swift-testing", "--filter", "helperHoldsJournalLock",
    ]
    var environment = ProcessInfo.processInfo.environment
    environment[Self.lockVariable] = lockPath
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
    let deadline = Date().addingTimeInterval(60)
    while !FileManager.default.fileExists(atPath: lockPath + ".held"), Date() < deadline {
      usleep(20_000)
    }
    try #require(FileManager.default.fileExists(atPath: lockPath + ".held"), "helper never locked")

    // While the helper lives, the lock is really held.
    let probe = open(lockPath, O_RDWR)
    try #require(probe >= 0)
    defer { close(probe) }
    #expect(flock(probe, LOCK_EX | LOCK_NB) == -1 && errno == EWOULDBLOCK, "the helper holds it")

    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(FileManager.default.fileExists(atPath: lockPath), "the lock file is left behind")

    // The lock died with its holder: the next start reads and writes state.
    let free = flock(probe, LOCK_EX | LOCK_NB) == 0
    #expect(free, "the dead process's lock is gone")
    guard free else { return }  // the calls below would block for ever
    flock(probe, LOCK_UN)
    let next = try ArticleStore(directory: fixture.storeURL, createIfMissing: false)
    try next.setRead(id, true)
    try next.compactState()
    let state = try next.readStarState()
    #expect(state.read == [id] && state.starred == [id])
  }
}
