import Foundation
import Testing

/// Issue #6 in the real binary: config.toml reaches the reader and `byline keys`;
/// `d` in the reader moves an article to the trash and `byline restore` brings it back.
@Suite(.serialized) struct ConfigEndToEndTests {
  /// A temporary directory with `byline/config.toml` holding `text`.
  static func configHome(_ text: String) throws -> URL {
    let home = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-config-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    let folder = home.appendingPathComponent("byline")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: folder.appendingPathComponent("config.toml"))
    return home
  }

  static let config = """
    reading-width = 40
    colour = "red"
    [keys]
    next-article = ["w", "Down"]

    """

  @Test("config.toml remaps keys, sets the reading width, and a bad key is named in the status bar")
  func configInReader() throws {
    if let reason = TmuxSession.unavailableReason {
      print("skipped: \(reason)")
      return
    }
    guard let byline = TmuxSession.bylineBinary?.path else { return }
    let home = try Self.configHome(Self.config)
    defer { try? FileManager.default.removeItem(at: home) }
    let tmux = TmuxSession(
      width: 120, height: 40, command: "\(byline) --demo",
      environment: ["XDG_CONFIG_HOME": home.path])
    defer { tmux.kill() }
    let first = tmux.waitFor { $0.contains("config.toml:2") }
    #expect(first.contains("config.toml:2 'colour'"), "the problem, with file:line:\n\(first)")
    tmux.send("j")
    tmux.send("w")
    let moved = tmux.waitFor { $0.contains("2/30") }
    #expect(moved.contains("2/30"), "w moves (j no longer does):\n\(moved)")
    tmux.send("Enter")
    let reading = tmux.waitFor { $0.contains("29 unread") }
    // The reader starts at column 41 with a 2-column margin: text ends by column 83.
    let body = reading.split(separator: "\n", omittingEmptySubsequences: false).dropLast(2)
    let overlong = body.filter { line in
      Array(line).count > 84 && Array(line)[84...].contains { $0 != " " }
    }
    #expect(overlong.isEmpty, "reading-width 40 caps the text:\n\(reading)")
    tmux.send("Q")
    #expect(tmux.waitForExit() == 0)
  }

  @Test("byline keys prints the configured key map and the problems on standard error")
  func keysCommand() throws {
    guard let binary = TmuxSession.bylineBinary else {
      print("skipped: the byline binary is not built (run `swift build` first)")
      return
    }
    let home = try Self.configHome(Self.config)
    defer { try? FileManager.default.removeItem(at: home) }
    let (status, output) = TmuxSession.run(
      ["/usr/bin/env", "XDG_CONFIG_HOME=\(home.path)", binary.path, "keys"])
    #expect(status == 0)
    #expect(output.contains("| list | `w` `Down` | next article | `next-article` |"), "\(output)")
    let (_, both) = TmuxSession.run(
      [
        "/bin/sh", "-c", "exec \"$@\" 2>&1 >/dev/null", "sh", "/usr/bin/env",
        "XDG_CONFIG_HOME=\(home.path)", binary.path, "keys",
      ])
    #expect(both.contains("config.toml:2 'colour'"), "\(both)")
  }

  @Test("d then y in the reader moves the article to the trash; byline restore brings it back")
  func deleteAndRestore() throws {
    if let reason = TmuxSession.unavailableReason {
      print("skipped: \(reason)")
      return
    }
    guard let fixture = try ShowCommandTests.fixture(), !fixture.id.isEmpty,
      let byline = TmuxSession.bylineBinary?.path
    else { return }
    defer { fixture.remove() }
    let tmux = TmuxSession(
      width: 120, height: 40, command: "\(byline) --store \(fixture.store)",
      environment: ["XDG_CONFIG_HOME": fixture.directory.path + "/config"])
    defer { tmux.kill() }
    _ = tmux.waitFor { $0.contains("1/1") }
    tmux.send("d")
    let asked = tmux.waitFor { $0.contains("? y/n") }
    #expect(asked.contains("Delete “Obama meets Microsoft"), "\(asked)")
    tmux.send("y")
    let deleted = tmux.waitFor { $0.contains("byline restore") }
    #expect(deleted.contains("byline restore \(fixture.id)"), "\(deleted)")
    tmux.send("Q")
    #expect(tmux.waitForExit() == 0)

    #expect(!fixture.run(["list", "--store", fixture.store]).output.contains(fixture.id))
    let trash = fixture.run(["restore", "--list", "--store", fixture.store])
    #expect(trash.output.hasPrefix(fixture.id), "\(trash.output)")
    let restored = fixture.run(["restore", String(fixture.id.prefix(6)), "--store", fixture.store])
    #expect(restored.status == 0, "\(restored.output)")
    #expect(restored.output.contains("Restored \(fixture.id)"))
    #expect(fixture.run(["list", "--store", fixture.store]).output.contains(fixture.id))
    let again = fixture.run(["restore", fixture.id, "--store", fixture.store])
    #expect(again.status != 0)
    #expect(again.output.contains("trash"), "\(again.output)")
  }
}
