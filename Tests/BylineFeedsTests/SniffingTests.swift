import BylineStore
import Testing

@testable import BylineFeeds

@Suite struct SniffingTests {
  let converter = FeedConverter()

  @Test("formats are recognised by content whatever the file is called")
  func byContent() {
    #expect(FormatSniffer.guess(Fixtures.rss2.bytes) == .xmlFeed)
    #expect(FormatSniffer.guess(Fixtures.rdf.bytes) == .xmlFeed)
    #expect(FormatSniffer.guess(Fixtures.atom.bytes) == .xmlFeed)
    #expect(FormatSniffer.guess(Fixtures.jsonFeed11.bytes) == .json)
    #expect(FormatSniffer.guess(Fixtures.newsPage.bytes) == .html)
    let commented =
      "<?xml version=\"1.0\"?>\n<!-- generator -->\n<?xml-stylesheet href=\"s\"?>\n<rss/>"
    #expect(FormatSniffer.guess(commented.bytes) == .xmlFeed)
    #expect(FormatSniffer.guess("  <head><title>x</title></head>".bytes) == .html)
  }

  @Test("text, Markdown and other XML are left to the text importer")
  func notMine() {
    #expect(
      converter.convert("# A heading\n\nSome *Markdown* <b>text</b>.".bytes, name: "a.rss") == nil)
    #expect(converter.convert("Just text.".bytes, name: "x.html") == nil)
    #expect(converter.convert("<?xml version=\"1.0\"?><svg></svg>".bytes, name: "s.xml") == nil)
    #expect(converter.convert("[1, 2, 3]".bytes, name: "n.json") == nil)
  }

  @Test("the suffixes for directory imports")
  func suffixes() {
    #expect(
      Set(converter.fileSuffixes) == [
        ".xml", ".rss", ".atom", ".rdf", ".json", ".html", ".htm", ".xhtml",
      ])
  }
}
