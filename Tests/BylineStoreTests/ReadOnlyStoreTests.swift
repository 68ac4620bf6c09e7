import Foundation
import Testing

@testable import BylineStore

@Suite struct ReadOnlyStoreTests {
  @Test("a read-only store opens, lists and reads; every write says it is read-only")
  func readOnlyStore() throws {
    let fixture = try StoreFixture()
    let id = try fixture.open().importText(articleText(), name: "x", kind: .text).id
    fixture.fileSystem.pretendReadOnly = true
    let store = try fixture.open(create: true)
    #expect(store.isReadOnly)
    #expect(try store.summaries().map(\.id) == [id])
    #expect(try store.article(id).body == "Body text.")
    let readOnly = StoreError.readOnly(path: fixture.storePath)
    #expect(throws: readOnly) { try store.setRead(id, true) }
    #expect(throws: readOnly) { try store.setStarred(id, true) }
    #expect(throws: readOnly) {
      try store.importText(articleText(title: "New"), name: "n", kind: .text)
    }
    let report = store.importPaths([try fixture.input("n.txt", articleText(title: "New"))]) { nil }
    #expect(report.failed == 1)
    #expect(report.failures.first?.reason.contains("read-only") == true)
    #expect(readOnly.description.contains("Check its permissions"))
  }

  @Test("a store directory without write permission is read-only (skipped as root)")
  func permissionReadOnly() throws {
    if runningAsRoot {
      print("skipped: running as root, so chmod 555 does not stop writes")
      return
    }
    let fixture = try StoreFixture()
    _ = try fixture.open()
    chmod(fixture.storePath, 0o555)
    defer { chmod(fixture.storePath, 0o755) }
    let store = try ArticleStore(directory: fixture.storeURL, createIfMissing: false)
    #expect(store.isReadOnly)
    #expect(try store.summaries().isEmpty)
  }

  @Test("EROFS from the file system is reported as a read-only store")
  func erofsIsReadOnly() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    fixture.fileSystem.fail(.open, errno: EROFS, pathContaining: "/tmp/")
    #expect(throws: StoreError.readOnly(path: fixture.storePath)) {
      try store.importText(articleText(), name: "x", kind: .text)
    }
  }
}
