import Foundation
import Testing

/// `byline show ID [--color]` (issue #6): an article as plain text, for pipes and `less -R`.
@Suite struct ShowCommandTests {
  /// A store holding one article, and the id it got.
  struct Fixture {
    let directory: URL
    let store: String
    let id: String
    let binary: URL

    /// Runs `byline ARGS` with no configuration file and the given environment;
    /// the output holds standard output and standard error.
    func run(_ arguments: [String], environment: [String] = []) -> (status: Int32, output: String) {
      TmuxSession.run(
        [
          "/bin/sh", "-c", "exec \"$@\" 2>&1", "sh", "/usr/bin/env",
          "XDG_CONFIG_HOME=\(directory.path)/config",
        ] + environment + [binary.path] + arguments)
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
  }

  static let article = """
    Title: Obama meets Microsoft $(touch PWNED) \u{1B}]0;evil\u{07}title
    Source: Example News
    URL: https://example.com/story?id=5
    Date: 2019-04-08

    Barack Obama met executives of Microsoft in Seattle on Monday to discuss the future of \
    cloud computing and jobs in the region.

    A second paragraph.

    """

  /// Imports `text` into a new temporary store; nil (with a printed reason) when byline is not built.
  static func fixture(_ text: String = article) throws -> Fixture? {
    guard let binary = TmuxSession.bylineBinary else {
      print("skipped: the byline binary is not built (run `swift build` first)")
      return nil
    }
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-show-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let file = directory.appendingPathComponent("article.txt")
    try Data(text.utf8).write(to: file)
    let store = directory.appendingPathComponent("store").path
    var fixture = Fixture(directory: directory, store: store, id: "", binary: binary)
    let imported = fixture.run(["import", "--store", store, file.path])
    #expect(imported.status == 0, "import: \(imported.output)")
    let listed = fixture.run(["list", "--store", store])
    let id = listed.output.split(separator: "\t").first.map(String.init) ?? ""
    fixture = Fixture(directory: directory, store: store, id: id, binary: binary)
    return fixture
  }

  @Test("show prints the title, the meta line and wrapped paragraphs, with no escape sequences")
  func plainText() throws {
    guard let fixture = try Self.fixture() else { return }
    defer { fixture.remove() }
    let shown = fixture.run(["show", "--store", fixture.store, fixture.id, "--width", "40"])
    #expect(shown.status == 0, "\(shown.output)")
    #expect(
      shown.output == """
        Obama meets Microsoft $(touch PWNED)
        title
        Example News · 2019-04-08

        Barack Obama met executives of Microsoft
        in Seattle on Monday to discuss the
        future of cloud computing and jobs in
        the region.

        A second paragraph.

        """)
    #expect(!shown.output.contains("\u{1B}"), "the title's OSC sequence is gone")
  }

  @Test("A unique prefix of the id is enough")
  func prefix() throws {
    guard let fixture = try Self.fixture() else { return }
    defer { fixture.remove() }
    let shown = fixture.run(["show", "--store", fixture.store, String(fixture.id.prefix(4))])
    #expect(shown.status == 0)
    #expect(shown.output.hasPrefix("Obama meets Microsoft"))
  }

  @Test("--color makes people bold and organizations underlined")
  func color() throws {
    guard let fixture = try Self.fixture() else { return }
    defer { fixture.remove() }
    let shown = fixture.run(["show", "--store", fixture.store, fixture.id, "--color"])
    #expect(shown.status == 0, "\(shown.output)")
    #expect(shown.output.contains("\u{1B}[1mBarack Obama\u{1B}[0m met"))
    #expect(shown.output.contains("executives of \u{1B}[4mMicrosoft\u{1B}[0m"))
    #expect(!shown.output.contains("]0;evil"), "only Byline's own SGR escapes are printed")
  }

  @Test("An unknown id is a clear error naming the store")
  func unknownID() throws {
    guard let fixture = try Self.fixture() else { return }
    defer { fixture.remove() }
    let shown = fixture.run(["show", "--store", fixture.store, "zz-no-such-article"])
    #expect(shown.status == 1)
    #expect(shown.output.contains("No article with id 'zz-no-such-article' in \(fixture.store)"))
  }

  @Test("reading-width from config.toml caps the width, and config problems go to standard error")
  func configApplies() throws {
    guard let fixture = try Self.fixture() else { return }
    defer { fixture.remove() }
    let config = fixture.directory.appendingPathComponent("config/byline")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    try Data("reading-width = 30\nsort = \"author\"\n".utf8)
      .write(to: config.appendingPathComponent("config.toml"))
    let shown = fixture.run(["show", "--store", fixture.store, fixture.id])
    #expect(shown.status == 0)
    #expect(shown.output.contains("\nBarack Obama met executives of\n"))
    #expect(
      shown.output.contains("config.toml:2 'sort': must be \"date\", \"title\" or \"source\""))
  }
}
