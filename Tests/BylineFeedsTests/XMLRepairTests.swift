import Testing

@testable import BylineFeeds

@Suite struct XMLRepairTests {
  @Test("bare ampersands, HTML entities and XML entities are rewritten; CDATA and comments are not")
  func repairs() throws {
    let input =
      "  <?xml version=\"1.0\"?><a>Q&A &nbsp;&amp;&#38;&bogus; <![CDATA[a&b]]><!-- & --></a>"
    let repaired = try #require(XMLRepair.repaired(Array(input.utf8)))
    #expect(
      String(decoding: repaired, as: UTF8.self)
        == "<?xml version=\"1.0\"?><a>Q&amp;A &#160;&#38;&#38;&bogus; <![CDATA[a&b]]><!-- & --></a>"
    )
  }

  @Test("nothing to repair, or UTF-16 input, gives nil")
  func nothingToRepair() {
    #expect(XMLRepair.repaired(Array("<a>plain &#233;</a>".utf8)) == nil)
    let wide: [UInt8] = [0xFF, 0xFE, 0x3C, 0x00, 0x26, 0x00]
    #expect(XMLRepair.repaired(wide) == nil)
  }

  @Test("twice-escaped references in titles are decoded once")
  func entityText() {
    #expect(
      EntityText.decode("Don&#8217;t &amp;amp; &eacute;t&eacute; &nope; & done")
        == "Don’t &amp; été &nope; & done")
    #expect(EntityText.decode("&#0; &#x110000; &#xZZ;") == "&#0; &#x110000; &#xZZ;")
  }
}
