import Foundation
import Testing

/// The installed layout (`Scripts/install.sh`): the binary finds its themes,
/// samples and model under `PREFIX/share/byline`, from any directory.
@Suite struct InstallEndToEndTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  @Test("An installed binary lists its themes from PREFIX/share/byline and imports a demo store")
  func installedBinaryFindsItsData() throws {
    guard let binary = TmuxSession.bylineBinary else {
      print("skipped: the byline binary is not built (run `swift build` first)")
      return
    }
    let prefix = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-install-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    defer { try? FileManager.default.removeItem(at: prefix) }
    let install = TmuxSession.run([
      Self.root.appendingPathComponent("Scripts/install.sh").path, "--prefix", prefix.path,
      "--binary", binary.path,
    ])
    #expect(install.status == 0, "install.sh: \(install.output)")
    let installed = prefix.appendingPathComponent("bin/byline").path
    let themes = TmuxSession.run([installed, "themes"])
    #expect(themes.status == 0)
    let share = prefix.appendingPathComponent("share/byline/themes").path
    for name in ["default", "light", "nord", "monochrome"] {
      #expect(
        themes.output.contains("\(name)\tbuilt-in\t\(share)/\(name).toml"), "\(themes.output)")
    }
    let entities = TmuxSession.run([
      installed, "entities", Self.root.appendingPathComponent("README.md").path,
    ])
    #expect(entities.status == 0, "the installed binary loads its model")
    try checkManualAndCompletions(prefix: prefix)
  }

  /// The man page and completion scripts install.sh writes (issue #6).
  private func checkManualAndCompletions(prefix: URL) throws {
    let page = prefix.appendingPathComponent("share/man/man1/byline.1")
    let roff = try String(contentsOf: page, encoding: .utf8)
    #expect(roff.hasPrefix(".TH BYLINE 1"))
    for command in ["read", "import", "list", "show", "keys", "themes", "manual"] {
      #expect(roff.contains(".SS \"byline \(command)"), "the manual documents `byline \(command)`")
    }
    #expect(roff.contains("next article [next\\-article]"), "the manual lists the keys")
    #expect(roff.contains("reading\\-width"), "the manual lists the configuration options")
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/man") {
      let rendered = TmuxSession.run(["/usr/bin/env", "MANWIDTH=80", "man", "-l", page.path])
      #expect(rendered.status == 0, "man -l: \(rendered.output)")
      #expect(
        rendered.output.contains("byline show <id> [options]"), "\(rendered.output.prefix(400))")
    } else {
      print("note: man is not installed; checked the roff source only")
    }
    let completions = [
      "share/bash-completion/completions/byline", "share/zsh/site-functions/_byline",
      "share/fish/vendor_completions.d/byline.fish",
    ]
    for path in completions {
      let script = try String(contentsOf: prefix.appendingPathComponent(path), encoding: .utf8)
      #expect(script.contains("show"), "\(path) completes the show command")
    }
  }
}
