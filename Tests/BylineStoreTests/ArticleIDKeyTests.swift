import Testing

@testable import BylineStore

/// Packed id keys stand in for ids in the index refresh and the import's listing.
@Suite struct ArticleIDKeyTests {
  @Test("a key from a file name equals the key of the id it names, and only that one")
  func keysMatchIDs() throws {
    let id = ArticleID("0123456789abcdefghij")
    let key = try #require(ArticleIDKey(id))
    #expect(ArticleIDKey(fileName: "0123456789abcdefghij.txt") == key)
    #expect(ArticleIDKey(fileName: "0123456789abcdefghik.txt") != key, "last byte differs")
    #expect(ArticleIDKey(fileName: "1123456789abcdefghij.txt") != key, "first byte differs")
    #expect(ArticleIDKey(fileName: "0123456789abcdefxhij.txt") != key, "third word differs")
    var seen = Set<ArticleIDKey>()
    for index in 0..<1_000 {
      let name = String(format: "%020d", index)
      seen.insert(try #require(ArticleIDKey(ArticleID(name))))
    }
    #expect(seen.count == 1_000)
  }

  @Test("names that are not <20 characters>.txt and ids of other lengths have no key")
  func otherNamesHaveNoKey() {
    for name in [
      "0123456789abcdefghij.md", "0123456789abcdefghij.txt~", "0123456789abcdefghi.txt",
      ".0123456789abcdefghij.tx", "", "0123456789abcdefghij.TXT",
    ] {
      #expect(ArticleIDKey(fileName: name) == nil, "\(name)")
    }
    #expect(ArticleIDKey(ArticleID("short")) == nil)
  }
}
