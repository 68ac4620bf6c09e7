import BylineStore
import Foundation
import Testing

@testable import BylineFeeds

@Suite struct HostileInputTests {
  let converter = FeedConverter()

  /// Runs `body` and returns how long it took, in seconds.
  func seconds(_ body: () -> Void) -> Double {
    let start = Date()
    body()
    return Date().timeIntervalSince(start)
  }

  @Test("a broken item among good ones loses none of the good ones")
  func brokenItem() throws {
    let feed = """
      <rss version="2.0"><channel><title>Mixed</title>
      <item><title>Good one</title><description>fine</description></item>
      <item><title>Broken & bad <b>unclosed</title><description>oops</item>
      <item><title>Good two</title><description>fine too</description></item>
      <item><title>Good three</title></item>
      </channel></rss>
      """
    let result = try #require(articles(converter.convert(feed.bytes, name: "m.xml")))
    let titles = result.articles.map(\.title)
    for title in ["Good one", "Good two", "Good three"] {
      #expect(titles.contains(title), "\(title)")
    }
    #expect(
      result.problems.contains {
        $0.contains("not well-formed") && $0.contains("download it again")
      })
  }

  @Test("unclosed tags and a truncated file recover what is there and say so")
  func truncated() throws {
    let full = Fixtures.rss2.bytes
    let cut = Array(full.prefix(full.count * 2 / 3))
    let result = try #require(articles(converter.convert(cut, name: "cut.xml")))
    #expect(result.articles.first?.title == "Council approves new ferry & tram link")
    #expect(!result.problems.isEmpty)
    let hopeless = "<rss><chan".bytes
    guard case .failed(let reason) = converter.convert(hopeless, name: "h.xml") else {
      Issue.record("expected a failure")
      return
    }
    #expect(reason.contains("no items could be recovered"))
  }

  @Test("billion laughs: entities are never expanded, quickly and in bounded memory")
  func billionLaughs() throws {
    var entities = "<!ENTITY lol \"lol\">"
    for level in 1...9 {
      let previous = level == 1 ? "lol" : "lol\(level - 1)"
      entities += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
    }
    let feed = """
      <?xml version="1.0"?><!DOCTYPE rss [\(entities)]>
      <rss><channel><title>Laughs &lol9;</title>
      <item><title>Item &lol9;</title><description>&lol9;</description></item>
      </channel></rss>
      """
    var outcome: Conversion?
    let elapsed = seconds { outcome = converter.convert(feed.bytes, name: "lol.xml") }
    #expect(elapsed < 2)
    if case .articles(let items, _) = outcome {
      for item in items { #expect(item.title.count + item.body.count < 10_000) }
    }
  }

  @Test("an external entity is never loaded")
  func externalEntity() throws {
    let feed = """
      <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <rss><channel><title>X</title><item><title>T &xxe;</title></item></channel></rss>
      """
    let result = try #require(articles(converter.convert(feed.bytes, name: "x.xml")))
    #expect(
      result.articles.allSatisfy { !$0.title.contains("root:") && !$0.body.contains("root:") })
  }

  @Test("XML and HTML nested 100,000 levels deep finish without overflowing the stack")
  func deepNesting() {
    let depth = 100_000
    let xml =
      "<rss><channel><item><title>T</title><description>"
      + String(repeating: "<x>", count: depth) + "</description></item></channel></rss>"
    let html =
      "<html><body>" + String(repeating: "<div>", count: depth) + "deep"
      + String(repeating: "</div>", count: depth) + "</body></html>"
    let escaped =
      "<rss><channel><item><title>T</title><description>"
      + String(repeating: "&lt;div&gt;", count: depth) + "x</description></item></channel></rss>"
    let elapsed = seconds {
      _ = converter.convert(xml.bytes, name: "deep.xml")
      _ = converter.convert(html.bytes, name: "deep.html")
      _ = converter.convert(escaped.bytes, name: "deep2.xml")
    }
    #expect(elapsed < 20)
  }

  @Test("binary, empty, and huge single-line input is rejected or imported safely")
  func binaryAndHuge() {
    #expect(converter.convert([], name: "e") == nil)
    var generator = SplitMix64(seed: 7)
    let binary = (0..<100_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    _ = converter.convert(binary, name: "bin")
    _ = converter.convert("<rss>".bytes + binary, name: "bin.xml")
    let line = "<html><body><p>" + String(repeating: "x", count: 1_000_000) + "</p></body></html>"
    let elapsed = seconds {
      let item = articles(converter.convert(line.bytes, name: "long.html"))?.articles.first
      #expect(item?.body.count == 1_000_000)
    }
    #expect(elapsed < 20)
  }

  @Test("more items than the cap are reported, not all kept")
  func itemCap() throws {
    let item = "<item><title>x</title></item>"
    let feed =
      "<rss><channel><title>Many</title>"
      + String(repeating: item, count: FeedLimits.maxItems + 5) + "</channel></rss>"
    let result = try #require(articles(converter.convert(feed.bytes, name: "many.xml")))
    #expect(result.articles.count == FeedLimits.maxItems)
    #expect(result.problems.contains { $0.contains("10000") })
  }

  @Test("an 8 MiB feed of 5,000 HTML items converts in bounded time")
  func largeFeed() throws {
    let paragraph = "<p>" + String(repeating: "Words of a long article body. ", count: 50) + "</p>"
    let item =
      "<item><title>Item</title><link>https://x.example/a</link><description><![CDATA["
      + paragraph + "]]></description></item>"
    let feed =
      "<rss><channel><title>Big</title>" + String(repeating: item, count: 5_000)
      + "</channel></rss>"
    #expect(feed.utf8.count > 7_000_000)
    var count = 0
    let elapsed = seconds {
      count = articles(converter.convert(feed.bytes, name: "big.xml"))?.articles.count ?? 0
    }
    #expect(count == 5_000)
    #expect(elapsed < 60)
  }

  @Test("deeply nested JSON and hostile table markup are handled without a crash")
  func nestedJSONAndTables() {
    let json =
      "{\"version\": \"https://jsonfeed.org/version/1\", \"items\": "
      + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
    let outcome = converter.convert(json.bytes, name: "deep.json")
    if case .articles(let items, _) = outcome { #expect(items.isEmpty) }
    let table =
      "<html><body><table>" + String(repeating: "<tr><td colspan=99999999>", count: 20_000)
      + "cell</table><p>After the table comes the story text.</p></body></html>"
    let elapsed = seconds { _ = converter.convert(table.bytes, name: "t.html") }
    #expect(elapsed < 20)
  }

  @Test(
    "common real-world breakage: undeclared entities, bare ampersands, markup in titles, junk before the prolog"
  )
  func realWorldBreakage() throws {
    let feed = """

      \u{20}<?xml version="1.0" encoding="utf-8"?>
      <rss version="2.0"><channel><title>Broken&nbsp;Blog</title>
      <item><title>Q&A: rock & roll</title><link>https://b.example/?a=1&b=2</link></item>
      <item><title>Foo <b>bar</b> baz</title><description>Text &copy; 2024</description></item>
      <item><title>Last</title><description>fine</description></item>
      </channel></rss>
      """
    let result = try #require(articles(converter.convert(feed.bytes, name: "r.xml")))
    #expect(result.articles.map(\.title) == ["Q&A: rock & roll", "Foo bar baz", "Last"])
    #expect(result.articles.first?.url == "https://b.example/?a=1&b=2")
    #expect(result.articles.first?.source == "Broken Blog")
    #expect(result.articles[1].body == "Text © 2024")
  }
}
