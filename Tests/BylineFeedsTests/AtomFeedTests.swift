import BylineStore
import Testing

@testable import BylineFeeds

@Suite struct AtomFeedTests {
  let converter = FeedConverter()

  @Test("Atom entry with xhtml content, xml:base links, two authors and categories")
  func atomEntry() throws {
    let result = try #require(articles(converter.convert(Fixtures.atom.bytes, name: "a.atom")))
    #expect(result.problems.isEmpty)
    let first = try #require(result.articles.first)
    #expect(first.title == "Measuring light")
    #expect(first.source == "Notes from the Lab")
    #expect(first.url == "https://blog.example/posts/light.html")
    #expect(first.guid == "tag:blog.example,2024:1")
    #expect(first.author == "Ada Lovelace, Charles Babbage")
    #expect(first.date == utc(2024, 3, 1, 8, 15, 30).addingTimeInterval(0.25))
    #expect(first.tags == ["physics", "Optics"])
    #expect(first.body == "Setup\n\nWe used a prism.\n\nLight bends.")
  }

  @Test("an Atom entry without content uses its summary, the feed author and updated")
  func atomSummaryFallback() throws {
    let result = try #require(articles(converter.convert(Fixtures.atom.bytes, name: "a.atom")))
    let second = try #require(result.articles.last)
    #expect(second.body == "Only a summary.")
    #expect(second.author == "Feed Owner")
    #expect(second.url == "https://other.example/plain")
    #expect(second.date == utc(2024, 3, 2, 10))
  }

  @Test("Atom html content is rendered, text content is kept literally")
  func atomContentTypes() throws {
    let feed = """
      <feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
      <entry><title>H</title><content type="html">&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two&lt;/p&gt;</content></entry>
      <entry><title>T</title><content type="text">5 &lt; 6 &amp; &lt;b&gt;</content></entry>
      </feed>
      """
    let result = try #require(articles(converter.convert(feed.bytes, name: "f.xml")))
    #expect(result.articles.map(\.body) == ["One\n\nTwo", "5 < 6 & <b>"])
  }

  @Test("a YouTube-style entry takes its text from media:description")
  func mediaDescription() throws {
    let feed = """
      <feed xmlns:yt="http://www.youtube.com/xml/schemas/2015"
            xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
      <title>Channel</title>
      <entry><id>yt:video:abc</id><title>Video</title>
      <link rel="alternate" href="https://www.youtube.com/watch?v=abc"/>
      <media:group><media:title>Video</media:title>
      <media:description>Line one.

      Line two.</media:description></media:group></entry></feed>
      """
    let item = try #require(articles(converter.convert(feed.bytes, name: "y.xml"))?.articles.first)
    #expect(item.body == "Line one.\n\nLine two.")
    #expect(item.url == "https://www.youtube.com/watch?v=abc")
  }
}
