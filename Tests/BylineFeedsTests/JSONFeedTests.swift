import BylineStore
import Foundation
import Testing

@testable import BylineFeeds

@Suite struct JSONFeedTests {
  let converter = FeedConverter()

  @Test("JSON Feed 1.1 items with authors, tags, html and text content")
  func jsonFeed11() throws {
    let result = try #require(
      articles(converter.convert(Fixtures.jsonFeed11.bytes, name: "m.json")))
    #expect(result.articles.count == 2)
    let first = result.articles[0]
    #expect(first.title == "Hello")
    #expect(first.source == "Micro Daily")
    #expect(first.author == "Sam Writer")
    #expect(first.body == "First post.\n\nSecond.")
    #expect(first.tags == ["intro", "meta"])
    #expect(first.date == utc(2024, 1, 2, 3, 4, 5))
    let second = result.articles[1]
    #expect(second.title == "No title here, just text.")
    #expect(second.guid == "2")
    #expect(second.url == "https://micro.example/2")
    #expect(second.author == "Guest One, Guest Two")
    #expect(second.body == "No title here, just text.\n\nAnd more.")
    #expect(second.date == utc(2024, 1, 2, 23))
  }

  @Test("JSON Feed 1.0 with author, external_url and summary")
  func jsonFeed10() throws {
    let item = try #require(
      articles(converter.convert(Fixtures.jsonFeed10.bytes, name: "o.json"))?.articles.first)
    #expect(item.author == "Old Author")
    #expect(item.url == "https://ext.example/a")
    #expect(item.body == "Just a summary")
    #expect(item.date == utc(2020, 2, 29))
  }

  @Test("JSON Feed in UTF-16 and UTF-32, with and without a byte order mark")
  func jsonEncodings() throws {
    for encoding in [
      String.Encoding.utf16LittleEndian, .utf16BigEndian, .utf16, .utf32LittleEndian,
      .utf32BigEndian,
    ] {
      let data = try #require(Fixtures.jsonFeed11.data(using: encoding))
      let result = try #require(articles(converter.convert(Array(data), name: "u.json")))
      #expect(result.articles.first?.title == "Hello", "\(encoding)")
    }
  }

  @Test("other JSON is not a feed; broken JSON Feed fails with a reason")
  func otherJSON() {
    #expect(converter.convert("{\"name\": \"x\"}".bytes, name: "p.json") == nil)
    #expect(converter.convert("{not json".bytes, name: "p.json") == nil)
    let broken = "{\"version\": \"https://jsonfeed.org/version/1\", \"items\": ["
    guard case .failed(let reason) = converter.convert(broken.bytes, name: "b.json") else {
      Issue.record("expected a failure")
      return
    }
    #expect(reason.contains("not valid JSON"))
  }

  @Test("escape sequences and C1 controls in JSON Feed text are kept as data (RELIABILITY 1, 3)")
  func controlCharactersKept() throws {
    let feed = """
      {"version": "https://jsonfeed.org/version/1.1", "title": "C",
       "items": [{"id": "1", "title": "Hi \\u001b]0;PWNED\\u0007 \\u009b x",
                  "content_text": "Body \\u001b[2J end", "authors": [{"name": "A\\nB"}]}]}
      """
    let item = try #require(articles(converter.convert(feed.bytes, name: "c.json"))?.articles.first)
    #expect(item.title == "Hi \u{1B}]0;PWNED\u{07} \u{9B} x")
    #expect(item.body == "Body \u{1B}[2J end")
    #expect(item.author == "A B")
  }

  @Test("an empty JSON Feed imports nothing without problems")
  func emptyJSONFeed() throws {
    let feed =
      "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"E\", \"items\": []}"
    let result = try #require(articles(converter.convert(feed.bytes, name: "e.json")))
    #expect(result.articles.isEmpty && result.problems.isEmpty)
  }
}
