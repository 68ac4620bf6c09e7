import BylineCore
import Foundation
import Testing

/// Opening links safely (issue #6): only http(s), one harmless argument, never an option.
@Suite struct LinkSafetyTests {
  static func argument(_ url: String) -> String? {
    try? LinkSafety.check(url).get()
  }

  static func refusal(_ url: String) -> LinkSafety.Refusal? {
    if case .failure(let refusal) = LinkSafety.check(url) { return refusal }
    return nil
  }

  /// Characters a shell or a browser's option parser would act on.
  static let dangerous: Set<Character> = [
    " ", "\"", "'", "`", ";", "|", "&", "$", "(", ")", "<", ">", "\\", "\n", "\t", "{", "}",
  ]

  @Test("An ordinary https link passes unchanged")
  func plainLinkUnchanged() {
    let url = "https://en.wikinews.org/wiki/Hackers_attack?x=1#top"
    #expect(Self.argument(url) == url)
    #expect(Self.argument("  HTTP://example.com/a  ") == "http://example.com/a")
    #expect(Self.argument("https://[::1]:8080/") == "https://[::1]:8080/")
  }

  @Test("Shell metacharacters in a URL are percent-encoded, so nothing else can run")
  func shellMetacharactersEncoded() {
    let hostile = "https://example.com/a b;rm -rf ~|nc x 1&$(id)`id`'\"<>\\{x}"
    let encoded = Self.argument(hostile)
    #expect(
      encoded
        == "https://example.com/a%20b%3Brm%20-rf%20~%7Cnc%20x%201%26%24%28id%29%60id%60%27%22"
        + "%3C%3E%5C%7Bx%7D")
    #expect(encoded.map { !$0.contains(where: Self.dangerous.contains) } == true)
  }

  @Test("A title-like URL with a newline and escape sequence is encoded into one line")
  func controlsEncoded() {
    let encoded = Self.argument("https://example.com/\u{1B}[2J\nnext\u{7}")
    #expect(encoded == "https://example.com/%1B[2J%0Anext%07")
  }

  @Test("javascript:, file:, data: and other schemes are refused")
  func otherSchemesRefused() {
    #expect(Self.refusal("javascript:alert(1)") == .scheme("javascript"))
    #expect(Self.refusal("JavaScript://%0Aalert(1)") == .scheme("JavaScript"))
    #expect(Self.refusal("file:///etc/passwd") == .scheme("file"))
    #expect(Self.refusal("data:text/html,<script>") == .scheme("data"))
    #expect(Self.refusal("ftp://example.com/") == .scheme("ftp"))
    #expect(Self.refusal("example.com/page") == .scheme(""))
    #expect(Self.refusal("") == .empty)
    #expect(Self.refusal("https:example.com") == .noHost)
    #expect(Self.refusal("https:///path") == .noHost)
    #expect(
      Self.refusal("javascript:alert(1)")?.description
        == "Not opening a 'javascript:' link: only http and https links are opened.")
  }

  @Test("A value starting with - is never returned")
  func leadingDashRefused() {
    #expect(Self.refusal("--new-window=https://x") == .scheme("--new-window=https"))
    #expect(Self.refusal("-https://example.com") == .scheme("-https"))
    #expect(Self.argument(" -x https://example.com") == nil)
  }

  @Test("User names and passwords before the host are refused")
  func credentialsRefused() {
    #expect(Self.refusal("https://bank.example@evil.example/") == .credentials)
    #expect(Self.refusal("https://user:pw@example.com/") == .credentials)
    #expect(
      Self.refusal("https://evil.example\\@bank.example/") == .credentials,
      "browsers read evil.example%5C as a user name")
    #expect(Self.argument("https://example.com/who@where") == "https://example.com/who@where")
  }

  @Test("Non-ASCII is percent-encoded as UTF-8")
  func unicodeEncoded() {
    #expect(
      Self.argument("https://de.wikipedia.org/wiki/Zürich")
        == "https://de.wikipedia.org/wiki/Z%C3%BCrich")
    #expect(
      Self.argument("https://example.com/\u{202E}fdp.exe") == "https://example.com/%E2%80%AEfdp.exe"
    )
  }

  @Test("Very long URLs are refused")
  func veryLongRefused() {
    let long = "https://example.com/" + String(repeating: "a", count: LinkSafety.maximumLength)
    #expect(Self.refusal(long) == .tooLong(LinkSafety.maximumLength + 20))
    let spaces = "https://example.com/" + String(repeating: " x", count: 1100)
    #expect(Self.refusal(spaces) == .tooLong(20 + 1100 * 4), "the limit applies after encoding")
  }

  @Test("OSC 52 copies the URL as base64 inside one escape sequence")
  func osc52() {
    #expect(Clipboard.osc52(copying: "https://a.b/") == "\u{1B}]52;c;aHR0cHM6Ly9hLmIv\u{07}")
    #expect(Clipboard.osc52(copying: "ab") == "\u{1B}]52;c;YWI=\u{07}")
    #expect(Clipboard.osc52(copying: "") == nil)
    let sample = "https://example.com/\u{07}\u{1B}\\x"
    let sequence = Clipboard.osc52(copying: sample) ?? ""
    let payload = sequence.dropFirst(7).dropLast()
    #expect(Data(base64Encoded: String(payload)) == Data(sample.utf8))
    #expect(!payload.contains("\u{07}") && !payload.contains("\u{1B}"))
  }
}
