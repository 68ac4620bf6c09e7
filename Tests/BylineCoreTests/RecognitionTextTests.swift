import BylineStore
import BylineTestSupport
import Testing

@testable import BylineCore

/// The store's analyzer takes a canonical body as it is; the text it gives the
/// recognizer must be exactly the reader's, or counts would disagree.
@Suite struct RecognitionTextTests {
  @Test("the analyzer's text equals the reader's for 5,000 random bodies, canonical or not")
  func matchesReaderText() {
    let alphabet: [String] = [
      "a", "Z", ".", " ", "\t", "\n", "\n", "\n\n", "\r", "\u{A0}", "\u{2003}", "é", "e\u{301}",
      "\u{301}", "”", "\u{1B}[31m", "x", "Acme Corp",
    ]
    var canonical = 0
    for (index, body) in seededTexts(5_000, from: alphabet, seed: 0xC0_FFEE).enumerated() {
      if Paragraphs.isCanonical(body) { canonical += 1 }
      let title = index % 7 == 0 ? "" : "A title"
      let article = Article(
        summary: ArticleSummary(
          id: ArticleID("0123456789abcdefghij"), title: title, source: "Wire", author: "Ann Lee"),
        body: body)
      let reader = ReaderText(article: article).recognitionInput
      let analyzer = DocumentAnalyzer.recognitionText(of: article)
      #expect(analyzer.text == reader.text, "\(body.debugDescription)")
      #expect(analyzer.headerEnd == reader.headerEnd)
    }
    #expect(canonical > 500, "the fast path is exercised (\(canonical) canonical bodies)")
  }
}
