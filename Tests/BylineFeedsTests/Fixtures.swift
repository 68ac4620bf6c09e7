import BylineStore
import Foundation

/// Realistic feed and page fixtures, written out in code.
enum Fixtures {
  static let rss2 = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
         xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
      <channel>
        <title>The Harbour Gazette</title>
        <link>https://gazette.example/</link>
        <description>News from the harbour</description>
        <atom:link href="https://gazette.example/feed" rel="self" type="application/rss+xml"/>
        <item>
          <title>Council approves new ferry &amp; tram link</title>
          <link>https://gazette.example/2024/05/ferry-tram</link>
          <guid isPermaLink="false">gazette-1042</guid>
          <dc:creator><![CDATA[Maria Okafor]]></dc:creator>
          <pubDate>Tue, 14 May 2024 08:30:00 +0200</pubDate>
          <category>Transport</category>
          <category>Council</category>
          <description>Short teaser only.</description>
          <content:encoded><![CDATA[<p>The city council voted <b>31 to 4</b> on Monday.</p>
            <p>Work starts in June.<br>It ends in 2026.</p>
            <ul><li>Ferry every 10 minutes</li><li>Trams at night</li></ul>
            <script>alert('x')</script>]]></content:encoded>
          <enclosure url="https://gazette.example/a.mp3" length="1" type="audio/mpeg"/>
        </item>
        <item>
          <title>Fish market reopens</title>
          <link>/2024/05/fish-market</link>
          <guid>https://gazette.example/2024/05/fish-market</guid>
          <author>desk@gazette.example (News Desk)</author>
          <pubDate>Mon, 13 May 2024 17:05 GMT</pubDate>
          <description>&lt;p&gt;Stalls are back &amp;amp; busy.&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;</description>
        </item>
      </channel>
    </rss>
    """

  static let rdf = """
    <?xml version="1.0"?>
    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
             xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://slashy.example/">
        <title>Slashy News</title>
        <link>https://slashy.example/</link>
        <items><rdf:Seq><rdf:li resource="https://slashy.example/1"/></rdf:Seq></items>
      </channel>
      <item rdf:about="https://slashy.example/story/1">
        <title>Kernel 9.0 released</title>
        <link>https://slashy.example/story/1</link>
        <description>A new kernel is out.</description>
        <dc:creator>timothy</dc:creator>
        <dc:date>2003-06-10T04:00:00-05:00</dc:date>
        <dc:subject>linux</dc:subject>
      </item>
      <item rdf:about="https://slashy.example/story/2">
        <title>Second story</title>
        <description>More news.</description>
      </item>
    </rdf:RDF>
    """

  static let atom = """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/">
      <title type="text">Notes from the Lab</title>
      <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
      <updated>2024-03-02T10:00:00Z</updated>
      <author><name>Feed Owner</name></author>
      <entry xml:base="posts/">
        <title type="html">Measuring &lt;em&gt;light&lt;/em&gt;</title>
        <link rel="self" href="https://blog.example/api/1"/>
        <link rel="alternate" type="text/html" href="light.html"/>
        <id>tag:blog.example,2024:1</id>
        <published>2024-03-01T09:15:30.25+01:00</published>
        <updated>2024-03-02T10:00:00Z</updated>
        <author><name>Ada Lovelace</name></author>
        <author><name>Charles Babbage</name></author>
        <category term="physics"/>
        <category term="optics" label="Optics"/>
        <summary>Summary text.</summary>
        <content type="xhtml">
          <div xmlns="http://www.w3.org/1999/xhtml">
            <h2>Setup</h2>
            <p>We used a <a href="x.html">prism</a>.</p>
            <blockquote><p>Light bends.</p></blockquote>
          </div>
        </content>
      </entry>
      <entry>
        <title>Plain entry</title>
        <link href="https://other.example/plain"/>
        <id>tag:blog.example,2024:2</id>
        <updated>2024-03-02T10:00:00Z</updated>
        <summary type="text">Only a summary.</summary>
      </entry>
    </feed>
    """

  static let jsonFeed11 = """
    {
      "version": "https://jsonfeed.org/version/1.1",
      "title": "Micro Daily",
      "home_page_url": "https://micro.example/",
      "authors": [{"name": "Sam Writer"}],
      "items": [
        {"id": "1", "url": "https://micro.example/1", "title": "Hello",
         "content_html": "<p>First <i>post</i>.</p><p>Second.</p>",
         "date_published": "2024-01-02T03:04:05Z", "tags": ["intro", "meta"]},
        {"id": 2, "url": "/2", "content_text": "No title here, just text.\\n\\nAnd more.",
         "date_modified": "2024-01-03T00:00:00+01:00",
         "authors": [{"name": "Guest One"}, {"name": "Guest Two"}]}
      ]
    }
    """

  static let jsonFeed10 = """
    {"version": "https://jsonfeed.org/version/1", "title": "Old JSON",
     "author": {"name": "Old Author"},
     "items": [{"id": "a", "external_url": "https://ext.example/a", "title": "Ext",
                "summary": "Just a summary", "date_published": "2020-02-29"}]}
    """

  static let newsPage = """
    <!DOCTYPE html>
    <html lang="en"><head>
    <meta charset="utf-8">
    <title>Dam opens | River Times</title>
    <meta property="og:title" content="Dam opens after ten years">
    <meta property="og:site_name" content="River Times">
    <meta property="og:url" content="https://rivertimes.example/news/dam">
    <meta name="author" content="Lena Fischer">
    <meta property="article:published_time" content="2024-04-05T06:07:08Z">
    <script>var tracking = "do not show";</script>
    <style>p { color: red }</style>
    </head><body>
    <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
    <div class="cookie-banner">We use cookies. Accept?</div>
    <article>
      <h1>Dam opens after ten years</h1>
      <p class="byline">By Lena Fischer</p>
      <p>The new dam on the river opened on Friday &mdash; a decade after work began.</p>
      <div class="ad-slot">BUY NOW</div>
      <p>Engineers said the reservoir will fill by summer.</p>
      <blockquote>It is a great day, said the mayor.</blockquote>
      <div class="share-tools"><a href="#">Share on X</a></div>
      <!-- a comment that must not show -->
      <ul><li>Height: 80 m</li><li>Cost: €2bn</li></ul>
    </article>
    <aside>Most read: something else</aside>
    <form><input name="q"><button>Search</button></form>
    <footer>© River Times</footer>
    <script>document.write("nope")</script>
    </body></html>
    """
}

/// Unwraps a conversion's articles and problems, or records a failure.
func articles(_ conversion: Conversion?) -> (articles: [ConvertedArticle], problems: [String])? {
  guard case .articles(let articles, let problems) = conversion else { return nil }
  return (articles, problems)
}

/// A fixed moment, for comparing parsed dates.
func utc(
  _ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0,
  _ second: Int = 0
) -> Date {
  var components = DateComponents()
  (components.year, components.month, components.day) = (year, month, day)
  (components.hour, components.minute, components.second) = (hour, minute, second)
  var calendar = Calendar(identifier: .gregorian)
  calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
  return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
}

extension String {
  var bytes: [UInt8] { Array(utf8) }
}
