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
  }
}
