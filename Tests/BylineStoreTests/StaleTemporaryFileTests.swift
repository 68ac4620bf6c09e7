import Foundation
import Testing

@testable import BylineStore

#if canImport(Glibc)
  import Glibc
#endif

/// Opening a store removes `tmp/` files of writers that are gone, at once,
/// and keeps young files of writers still running.
@Suite struct StaleTemporaryFileTests {
  /// The pid of a process that has exited and been reaped.
  static func deadPID() throws -> pid_t {
    var pid: pid_t = 0
    var argv: [UnsafeMutablePointer<CChar>?] = [strdup("true"), nil]
    defer { for pointer in argv { free(pointer) } }
    let spawned = posix_spawnp(&pid, "true", nil, nil, &argv, environ)
    try #require(spawned == 0, "could not start `true`: error \(spawned)")
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return pid
  }

  /// A temporary file name as `AtomicWriter` makes them, for `pid`.
  static func temporaryName(pid: pid_t, _ suffix: String) -> String {
    "\(pid).1700000000000000000.\(suffix).tmp"
  }

  /// Creates `tmp/<name>` in the fixture's store, modified `age` seconds ago.
  static func makeTemporary(_ fixture: StoreFixture, _ name: String, age: Double) throws {
    let url = fixture.storeURL.appendingPathComponent("tmp/" + name)
    try Data("half an article".utf8).write(to: url)
    let date = Date().addingTimeInterval(-age)
    try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: url.path)
  }

  @Test("a young temporary file of a dead writer is removed when the store opens")
  func deadWriterFilesRemoved() throws {
    let fixture = try StoreFixture()
    _ = try fixture.open(create: true, now: Date())
    let dead = try Self.deadPID()
    #expect(ArticleStore.isGone(dead), "pid \(dead) should be gone after waitpid")
    let live = getpid()
    let names = [
      "dead": Self.temporaryName(pid: dead, "a1"),
      "live": Self.temporaryName(pid: live, "b2"),
      "liveOld": Self.temporaryName(pid: live, "c3"),
      "init": Self.temporaryName(pid: 1, "d4"),
      "foreign": "notes.tmp",
      "foreignOld": "old-notes.txt",
      "pidZero": Self.temporaryName(pid: 0, "e5"),
    ]
    for (key, name) in names {
      try Self.makeTemporary(fixture, name, age: key.hasSuffix("Old") ? 7200 : 5)
    }

    _ = try fixture.open(create: false, now: Date())

    let left = Set(fixture.names(in: "tmp"))
    #expect(!left.contains(names["dead"] ?? ""), "a dead writer's file is stale at once")
    #expect(!left.contains(names["liveOld"] ?? ""), "an hour-old file is stale whoever wrote it")
    #expect(!left.contains(names["foreignOld"] ?? ""))
    for key in ["live", "init", "foreign", "pidZero"] {
      #expect(left.contains(names[key] ?? ""), "\(key): a young file is kept")
    }
  }

  @Test("the writer pid is read only from names AtomicWriter makes")
  func writerPIDParsing() {
    let name = AtomicWriter.uniqueName()
    #expect(AtomicWriter.writerPID(ofTemporaryName: name) == getpid())
    #expect(AtomicWriter.writerPID(ofTemporaryName: "123.456.ab.tmp") == 123)
    for bad in [
      "0.1.a.tmp", "-5.1.a.tmp", "+5.1.a.tmp", "99999999999.1.a.tmp", "12.x.a.tmp", "12.1.a.txt",
      "12.1.tmp", "12.1.a.b.tmp", ".1.a.tmp", "journal.lock", "",
    ] {
      #expect(AtomicWriter.writerPID(ofTemporaryName: bad) == nil, "\(bad)")
    }
  }

  @Test("a temporary file of an import still running survives another process opening the store")
  func runningWriterKept() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open(create: true, now: Date())
    let (path, fd) = try store.writer.stageTemporary(Array(articleText().utf8))
    defer { close(fd) }
    _ = try fixture.open(create: false, now: Date())
    #expect(FileManager.default.fileExists(atPath: path), "the running writer's file is kept")
    let created = try store.writer.linkIntoPlace(path, store.layout.articles + "/x.txt")
    #expect(created)
    store.writer.removeQuietly(path)
  }
}
