import BylineStore
import Testing

@testable import BylineFeeds

@Suite struct HTMLPageTests {
  let converter = FeedConverter()

  @Test("a news page keeps the article text and drops nav, ads, scripts, forms and comments")
  func newsPage() throws {
    let result = try #require(articles(converter.convert(Fixtures.newsPage.bytes, name: "d.html")))
    let page = try #require(result.articles.first)
    #expect(page.title == "Dam opens after ten years")
    #expect(page.source == "River Times")
    #expect(page.author == "Lena Fischer")
    #expect(page.url == "https://rivertimes.example/news/dam")
    #expect(page.date == utc(2024, 4, 5, 6, 7, 8))
    #expect(
      page.body
        == """
        Dam opens after ten years

        By Lena Fischer

        The new dam on the river opened on Friday — a decade after work began.

        Engineers said the reservoir will fill by summer.

        It is a great day, said the mayor.

        • Height: 80 m
        • Cost: €2bn
        """)
    for junk in ["tracking", "cookies", "BUY NOW", "Share", "comment", "Most read", "Search", "©"] {
      #expect(!page.body.contains(junk), "\(junk)")
    }
  }

  @Test("without <article> or <main>, the element with the most paragraph text wins")
  func readabilityHeuristic() throws {
    let long = String(repeating: "This sentence is part of the real story text. ", count: 5)
    let page = """
      <html><head><title>Plain page</title></head><body>
      <div id="menu-left"><p>Links and more links to other things here</p></div>
      <div id="story"><p>\(long)</p><p>\(long)</p></div>
      <div><p>Short note at the bottom of the page.</p></div>
      </body></html>
      """
    let item = try #require(articles(converter.convert(page.bytes, name: "p.html"))?.articles.first)
    #expect(item.title == "Plain page")
    #expect(item.body.hasPrefix("This sentence"))
    #expect(!item.body.contains("Short note"))
    #expect(item.source == "p.html")
  }

  @Test("title falls back to the first <h1>; hidden elements are dropped; entities are decoded")
  func titleFallbackAndHidden() throws {
    let page = """
      <!doctype html><body><main><h1>Caf&eacute; &amp; Bar</h1>
      <p hidden>secret</p><p style="display: none">also secret</p>
      <p>Open &lt;daily&gt;&nbsp;from&#160;9.</p><pre>a  b
      c</pre></main></body>
      """
    let item = try #require(articles(converter.convert(page.bytes, name: "c.html"))?.articles.first)
    #expect(item.title == "Café & Bar")
    #expect(item.body == "Café & Bar\n\nOpen <daily> from 9.\n\na  b\nc")
  }

  @Test("a page without readable text fails with a reason saying what to do")
  func emptyPage() {
    let page = "<html><head><title>App</title><script>render()</script></head><body></body></html>"
    guard case .failed(let reason) = converter.convert(page.bytes, name: "app.html") else {
      Issue.record("expected a failure")
      return
    }
    #expect(reason.contains("no readable text"))
  }

  @Test("a content wrapper whose class mentions a sidebar is kept; an empty <article> falls back")
  func wrappersKept() throws {
    let page = """
      <html><body><div class="page has-sidebar"><article></article>
      <div class="post-content"><p>The actual story.</p></div>
      <div class="sidebar">Widgets</div></div></body></html>
      """
    let item = try #require(articles(converter.convert(page.bytes, name: "w.html"))?.articles.first)
    #expect(item.body == "The actual story.")
  }

  @Test("byl meta, <time datetime>, and a canonical link resolved against <base> name the page")
  func metadataFallbacks() throws {
    let page = """
      <html><head><base href="https://www.site.example/news/">
      <meta name="byl" content="By Jo Ng"><link rel="canonical" href="p/1?x=1">
      </head><body><h1>Headline</h1><time datetime="2024-02-03T04:05:06+01:00">Feb 3</time>
      <p>Story text.</p></body></html>
      """
    let item = try #require(articles(converter.convert(page.bytes, name: "m.html"))?.articles.first)
    #expect(item.title == "Headline")
    #expect(item.author == "Jo Ng")
    #expect(item.date == utc(2024, 2, 3, 3, 5, 6))
    #expect(item.url == "https://www.site.example/news/p/1?x=1")
    #expect(item.source == "site.example")
  }
}
