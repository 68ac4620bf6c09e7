import BylineStore
import Foundation
import Testing

@testable import BylineFeeds

@Suite struct EncodingTests {
  let converter = FeedConverter()

  /// An RSS feed declaring `encoding`, with `title` as its item title.
  func feed(declaring encoding: String, title: String) -> String {
    """
    <?xml version="1.0" encoding="\(encoding)"?>
    <rss version="2.0"><channel><title>\(title)</title>
    <item><title>\(title)</title><description>\(title) body</description></item>
    </channel></rss>
    """
  }

  @Test(
    "XML feeds in the declared encoding are decoded",
    arguments: [
      ("ISO-8859-1", String.Encoding.isoLatin1, "Café crème à Zürich"),
      ("windows-1252", .windowsCP1252, "Smart “quotes” – €5"),
      ("Shift_JIS", .shiftJIS, "東京の天気は晴れ"),
      ("ISO-8859-2", .isoLatin2, "Zażółć gęślą jaźń"),
      ("windows-1251", .windowsCP1251, "Новости дня"),
      ("UTF-16", .utf16, "Grüße 🌍"),
      ("UTF-16LE", .utf16LittleEndian, "Grüße aus Köln"),
      ("UTF-16BE", .utf16BigEndian, "Grüße aus Bonn"),
    ])
  func declaredEncodings(name: String, encoding: String.Encoding, title: String) throws {
    let data = try #require(feed(declaring: name, title: title).data(using: encoding))
    let result = try #require(articles(converter.convert(Array(data), name: "e.xml")))
    #expect(result.articles.first?.title == title)
    #expect(result.articles.first?.source == title)
    #expect(result.articles.first?.body == "\(title) body")
  }

  @Test("encodings built from explicit bytes: KOI8-R, EUC-JP, GB2312, EUC-KR, Big5")
  func explicitBytes() throws {
    let cases: [(String, [UInt8], String)] = [
      ("KOI8-R", [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4], "Привет"),
      ("EUC-JP", [0xC6, 0xFC, 0xCB, 0xDC], "日本"),
      ("GB2312", [0xD6, 0xD0, 0xCE, 0xC4], "中文"),
      ("EUC-KR", [0xC7, 0xD1, 0xB1, 0xB9], "한국"),
      ("Big5", [0xA4, 0xA4, 0xA4, 0xE5], "中文"),
    ]
    for (name, titleBytes, expected) in cases {
      let head =
        "<?xml version=\"1.0\" encoding=\"\(name)\"?><rss><channel><title>S</title><item><title>"
      let bytes = head.bytes + titleBytes + "</title></item></channel></rss>".bytes
      let result = try #require(articles(converter.convert(bytes, name: "e.xml")), "\(name)")
      #expect(result.articles.first?.title == expected, "\(name)")
    }
  }

  @Test("a UTF-8 byte order mark and UTF-16 without one are sniffed")
  func byteOrderMarks() throws {
    let utf8 = [0xEF, 0xBB, 0xBF] + feed(declaring: "UTF-8", title: "Bom").bytes
    #expect(articles(converter.convert(utf8, name: "b.xml"))?.articles.first?.title == "Bom")
    let noBOM = try #require(
      feed(declaring: "UTF-16", title: "Ohne").data(using: .utf16LittleEndian))
    #expect(
      articles(converter.convert(Array(noBOM), name: "b.xml"))?.articles.first?.title == "Ohne")
  }

  @Test("an HTML page's <meta charset> decides its encoding")
  func htmlMetaCharset() throws {
    let page = """
      <html><head><meta charset="Shift_JIS"><title>日本語のページ</title></head>
      <body><article><p>本文です。</p></article></body></html>
      """
    let data = try #require(page.data(using: .shiftJIS))
    let item = try #require(
      articles(converter.convert(Array(data), name: "j.html"))?.articles.first)
    #expect(item.title == "日本語のページ")
    #expect(item.body == "本文です。")
    let latin = """
      <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
      <title>Élan</title></head><body><p>Déjà vu</p></body></html>
      """
    let latinData = try #require(latin.data(using: .isoLatin1))
    let latinItem = try #require(
      articles(converter.convert(Array(latinData), name: "l.html"))?.articles.first)
    #expect(latinItem.title == "Élan")
  }

  @Test("a wrong encoding declaration does not lose the feed")
  func wrongDeclaration() throws {
    let data = try #require(feed(declaring: "UTF-8", title: "Café").data(using: .isoLatin1))
    let result = try #require(articles(converter.convert(Array(data), name: "w.xml")))
    #expect(result.articles.count == 1)
    #expect(result.articles.first?.title.hasPrefix("Caf") == true)
    let bogus = feed(declaring: "x-no-such-charset", title: "Plain").bytes
    let outcome = converter.convert(bogus, name: "w.xml")
    #expect(outcome != nil)
  }

  @Test("an XHTML page takes its encoding from the XML prolog; a UTF-16 page from its BOM")
  func xhtmlAndUTF16Pages() throws {
    let xhtml = """
      <?xml version="1.0" encoding="ISO-8859-1"?>
      <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Fête</title></head>
      <body><p>Crème brûlée</p></body></html>
      """
    let latin = try #require(xhtml.data(using: .isoLatin1))
    let page = try #require(
      articles(converter.convert(Array(latin), name: "x.xhtml"))?.articles.first)
    #expect(page.title == "Fête")
    #expect(page.body == "Crème brûlée")
    let html = "<html><head><title>Grüße</title></head><body><p>Schön</p></body></html>"
    let utf16 = try #require(html.data(using: .utf16))
    let wide = try #require(
      articles(converter.convert(Array(utf16), name: "w.html"))?.articles.first)
    #expect(wide.title == "Grüße")
  }
}
