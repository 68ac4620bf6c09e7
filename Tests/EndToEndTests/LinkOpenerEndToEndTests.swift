import Foundation
import Testing

/// Opening links (issue #6): the browser gets exactly one argument.
///
/// A hostile URL runs nothing at all. Driven through `byline show ID --open`.
@Suite struct LinkOpenerEndToEndTests {
  /// A fake browser that writes its argument count and arguments to files in `directory`.
  ///
  /// The command runs the script through `/bin/sh` instead of executing it:
  /// executing a file written a moment ago can fail with ETXTBSY ("text file
  /// busy") while a process that a parallel test started in that moment
  /// still holds the descriptor it was written through.
  static func fakeBrowser(in directory: URL) throws -> String {
    let script = directory.appendingPathComponent("browser.sh")
    let record = directory.path
    try Data(
      """
      #!/bin/sh
      for a in "$@"; do printf '%s\\n' "$a"; done > '\(record)/argv.tmp'
      printf '%s\\n' "$#" > '\(record)/argc'
      mv '\(record)/argv.tmp' '\(record)/argv'

      """.utf8
    ).write(to: script)
    chmod(script.path, 0o755)
    return "/bin/sh " + script.path
  }

  /// The arguments the fake browser recorded, waiting up to 5 s for it to run.
  static func recorded(in directory: URL) -> [String]? {
    let argv = directory.appendingPathComponent("argv")
    for _ in 0..<100 {
      if let text = try? String(contentsOf: argv, encoding: .utf8) {
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(
          String.init)
      }
      usleep(50_000)
    }
    return nil
  }

  static func article(url: String) -> String {
    "Title: $(touch PWNED); `touch PWNED` | rm -rf ~\nURL: \(url)\nDate: 2019-04-08\n\nBody.\n"
  }

  @Test("The browser gets the URL as its one argument, unchanged")
  func opensWithOneArgument() throws {
    guard
      let fixture = try ShowCommandTests.fixture(
        Self.article(url: "https://example.com/a?id=5#top"))
    else { return }
    defer { fixture.remove() }
    let browser = try Self.fakeBrowser(in: fixture.directory)
    let shown = fixture.run(
      ["show", "--store", fixture.store, fixture.id, "--open"],
      environment: ["BROWSER=\(browser)"])
    #expect(shown.status == 0, "\(shown.output)")
    #expect(Self.recorded(in: fixture.directory) == ["https://example.com/a?id=5#top"])
    let count = try String(
      contentsOf: fixture.directory.appendingPathComponent("argc"), encoding: .utf8)
    #expect(count == "1\n")
  }

  @Test(
    "Shell metacharacters in the URL arrive percent-encoded in the one argument; %s is replaced")
  func metacharactersEncoded() throws {
    let url = "https://example.com/x y';touch PWNED;`id`$(id)"
    guard let fixture = try ShowCommandTests.fixture(Self.article(url: url)) else { return }
    defer { fixture.remove() }
    let browser = try Self.fakeBrowser(in: fixture.directory)
    let shown = fixture.run(
      ["show", "--store", fixture.store, fixture.id, "--open"],
      environment: ["BROWSER=\(browser) --new-tab=%s"])
    #expect(shown.status == 0, "\(shown.output)")
    #expect(
      Self.recorded(in: fixture.directory)
        == ["--new-tab=https://example.com/x%20y%27%3Btouch%20PWNED%3B%60id%60%24%28id%29"])
  }

  @Test(
    "javascript:, file:, a leading - and credentials are refused without running anything",
    arguments: [
      "javascript:alert(document.cookie)", "file:///etc/passwd", "data:text/html,<b>hi</b>",
      "--help", "-https://example.com/", "https://bank.example@evil.example/",
    ])
  func hostileRefused(url: String) throws {
    guard let fixture = try ShowCommandTests.fixture(Self.article(url: url)) else { return }
    defer { fixture.remove() }
    let browser = try Self.fakeBrowser(in: fixture.directory)
    let shown = fixture.run(
      ["show", "--store", fixture.store, fixture.id, "--open"],
      environment: ["BROWSER=\(browser)"])
    #expect(shown.status == 1)
    #expect(shown.output.contains("Not opening"), "\(shown.output)")
    usleep(300_000)
    let argv = fixture.directory.appendingPathComponent("argv").path
    #expect(!FileManager.default.fileExists(atPath: argv), "the browser never ran")
  }

  @Test("With no browser at all, the error says what to do and shows the URL")
  func noBrowser() throws {
    guard let fixture = try ShowCommandTests.fixture(Self.article(url: "https://example.com/"))
    else {
      return
    }
    defer { fixture.remove() }
    let shown = fixture.run(
      ["show", "--store", fixture.store, fixture.id, "--open"],
      environment: ["BROWSER=/nonexistent/browser", "PATH=/nonexistent"])
    #expect(shown.status == 1)
    #expect(shown.output.contains("set $BROWSER"), "\(shown.output)")
    #expect(shown.output.contains("https://example.com/"))
  }
}
