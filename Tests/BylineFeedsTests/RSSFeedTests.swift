import BylineStore
import Testing

@testable import BylineFeeds

@Suite struct RSSFeedTests {
  let converter = FeedConverter()

  @Test("RSS 2.0 items keep title, link, guid, creator, date, tags and content:encoded")
  func rss2Items() throws {
    let result = try #require(articles(converter.convert(Fixtures.rss2.bytes, name: "g.xml")))
    #expect(result.problems.isEmpty)
    #expect(result.articles.count == 2)
    let first = result.articles[0]
    #expect(first.title == "Council approves new ferry & tram link")
    #expect(first.source == "The Harbour Gazette")
    #expect(first.url == "https://gazette.example/2024/05/ferry-tram")
    #expect(first.guid == "gazette-1042")
    #expect(first.author == "Maria Okafor")
    #expect(first.date == utc(2024, 5, 14, 6, 30))
    #expect(first.tags == ["Transport", "Council"])
    #expect(
      first.body
        == """
        The city council voted 31 to 4 on Monday.

        Work starts in June.
        It ends in 2026.

        • Ferry every 10 minutes
        • Trams at night
        """)
  }

  @Test("RSS description holding escaped HTML becomes text; relative links use the channel link")
  func rssEscapedDescription() throws {
    let result = try #require(articles(converter.convert(Fixtures.rss2.bytes, name: "g.xml")))
    let second = try #require(result.articles.last)
    #expect(second.body == "Stalls are back & busy.\n\nSecond paragraph.")
    #expect(second.url == "https://gazette.example/2024/05/fish-market")
    #expect(second.author == "News Desk")
    #expect(second.date == utc(2024, 5, 13, 17, 5))
  }

  @Test("RSS 1.0 (RDF) items are read with dc:date and rdf:about")
  func rdfItems() throws {
    let result = try #require(articles(converter.convert(Fixtures.rdf.bytes, name: "s.rdf")))
    #expect(result.articles.map(\.title) == ["Kernel 9.0 released", "Second story"])
    #expect(result.articles[0].source == "Slashy News")
    #expect(result.articles[0].author == "timothy")
    #expect(result.articles[0].date == utc(2003, 6, 10, 9))
    #expect(result.articles[0].tags == ["linux"])
    #expect(result.articles[1].url == "https://slashy.example/story/2")
    #expect(result.articles[1].guid == "https://slashy.example/story/2")
  }

  @Test("a valid feed without items imports nothing and is not an error")
  func emptyFeed() throws {
    let feed = "<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>"
    let result = try #require(articles(converter.convert(feed.bytes, name: "q.xml")))
    #expect(result.articles.isEmpty)
    #expect(result.problems.isEmpty)
  }

  @Test("a javascript: or file: link is never kept as the article URL")
  func hostileLinks() throws {
    let feed = """
      <rss><channel><title>T</title>
      <item><title>A</title><link>javascript:alert(document.cookie)</link></item>
      <item><title>B</title><link>  java\tscript:alert(1)</link></item>
      <item><title>C</title><link>file:///etc/passwd</link></item>
      <item><title>D</title><link>data:text/html,&lt;b&gt;x</link></item>
      <item><title>E</title><link>https://ok.example/a b</link></item>
      </channel></rss>
      """
    let result = try #require(articles(converter.convert(feed.bytes, name: "h.xml")))
    #expect(result.articles.map(\.url) == [nil, nil, nil, nil, "https://ok.example/a%20b"])
  }

  @Test("titles and authors become single lines")
  func singleLineTitles() throws {
    let feed = """
      <rss><channel><title>T</title><item>
      <title>Line one
      line two</title><author>A
      B</author><description>x</description></item></channel></rss>
      """
    let item = try #require(articles(converter.convert(feed.bytes, name: "t.xml"))?.articles.first)
    #expect(item.title == "Line one line two")
    #expect(item.author == "A B")
  }

  @Test("control characters XML forbids are dropped by libxml2 without losing the item")
  func xmlControlCharacters() throws {
    let feed =
      "<rss><channel><title>T</title><item><title>A\u{1B}[2J</title></item></channel></rss>"
    let item = try #require(articles(converter.convert(feed.bytes, name: "t.xml"))?.articles.first)
    #expect(item.title == "A[2J")
  }

  @Test("markup-looking titles stay literal text (RELIABILITY case 7)")
  func literalTitles() throws {
    let feed = """
      <rss><channel><title>T</title>
      <item><title>&lt;antirez&gt;</title></item>
      <item><title>Gordon Brown on&lt;br&gt;C++</title></item>
      </channel></rss>
      """
    let result = try #require(articles(converter.convert(feed.bytes, name: "t.xml")))
    #expect(result.articles.map(\.title) == ["<antirez>", "Gordon Brown on<br>C++"])
  }

  @Test("the file name is the source when the feed has no title")
  func sourceFallback() throws {
    let feed = "<rss><channel><item><title>A</title></item></channel></rss>"
    let item = try #require(
      articles(converter.convert(feed.bytes, name: "news.xml"))?.articles.first)
    #expect(item.source == "news.xml")
  }

  @Test("RSS 0.91 with a Netscape doctype is read without loading the DTD")
  func rss091() throws {
    let feed = """
      <?xml version="1.0" encoding="ISO-8859-1"?>
      <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
        "http://my.netscape.com/publish/formats/rss-0.91.dtd">
      <rss version="0.91"><channel><title>Old Times</title><link>http://old.example/</link>
      <item><title>Don&amp;#8217;t panic &amp;amp; relax</title><link>http://old.example/1</link>
      <description>Classic.</description></item></channel></rss>
      """
    let item = try #require(articles(converter.convert(feed.bytes, name: "o.xml"))?.articles.first)
    #expect(item.title == "Don\u{2019}t panic & relax")
    #expect(item.url == "http://old.example/1")
    #expect(item.source == "Old Times")
  }
}
