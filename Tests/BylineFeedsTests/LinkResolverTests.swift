import Testing

@testable import BylineFeeds

@Suite struct LinkResolverTests {
  @Test(
    "only absolute http and https links survive",
    arguments: [
      ("https://example.com/a", [String](), "https://example.com/a"),
      ("HTTP://Example.com/a?b=c#d", [], "HTTP://Example.com/a?b=c#d"),
      ("/news/1", ["https://example.com/feed/"], "https://example.com/news/1"),
      ("2", ["https://example.com/", "posts/"], "https://example.com/posts/2"),
      ("//cdn.example.com/x", ["https://example.com/"], "https://cdn.example.com/x"),
      (" https://example.com/a b\t", [], "https://example.com/a%20b"),
      ("https://example.com/\u{7}bell", [], "https://example.com/%07bell"),
      ("https://example.com/caf\u{E9}", [], "https://example.com/caf%C3%A9"),
    ])
  func kept(raw: String, bases: [String], expected: String) {
    #expect(LinkResolver.httpURL(raw, bases: bases) == expected)
  }

  @Test(
    "other schemes and unresolvable links are dropped",
    arguments: [
      "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\nscript:alert(1)", "file:///etc/passwd",
      "data:text/html,x", "exec:rm", "mailto:a@b.c", "-o/tmp/x", "/relative/without/base", "",
      "https://", "http:///path", "javascript://example.com/%0Aalert(1)", "ftp://example.com/x",
      "file://example.com/etc/passwd",
    ])
  func dropped(raw: String) {
    #expect(LinkResolver.httpURL(raw) == nil)
  }

  @Test("a relative link is not resolved against a javascript: base")
  func hostileBase() {
    #expect(LinkResolver.httpURL("x", bases: ["javascript:alert(1)//"]) == nil)
  }
}
