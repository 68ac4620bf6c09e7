import Foundation
import Testing

@testable import BylineStore

@Suite struct ArticleFileTests {
  @Test("every sample article parses with title, source, URL, date and credit")
  func samplesParse() throws {
    let files = sampleArticleFiles()
    guard !files.isEmpty else { return }
    #expect(files.count == 30)
    for url in files {
      let file = ArticleFile.parse(try String(contentsOf: url, encoding: .utf8))
      #expect(file.title?.isEmpty == false, "\(url.lastPathComponent)")
      #expect(file.source?.hasPrefix("Wikinews") == true, "\(url.lastPathComponent)")
      #expect(file.url?.hasPrefix("https://en.wikinews.org/") == true)
      #expect(file.date != nil, "\(url.lastPathComponent): \(file.dateText ?? "nil")")
      #expect(file.author?.contains("Wikinews") == true)
      #expect(file.value("License")?.hasPrefix("CC BY 2.5") == true)
      #expect(!file.body.isEmpty && !file.body.hasPrefix("\n") && !file.body.hasSuffix("\n"))
    }
  }

  @Test("rendering a parsed sample gives back the same file")
  func sampleRoundTrip() throws {
    for url in sampleArticleFiles() {
      let text = try String(contentsOf: url, encoding: .utf8)
      #expect(ArticleFile.parse(text).render() == text, "\(url.lastPathComponent)")
    }
  }

  @Test("text without a header is all body")
  func missingHeader() {
    let file = ArticleFile.parse("Breaking news today\n\nSomething happened.\n")
    #expect(file.header.isEmpty)
    #expect(file.title == nil)
    #expect(file.body == "Breaking news today\n\nSomething happened.")
  }

  @Test("a first line with an unknown key is not a header")
  func unknownFirstKeyIsBody() {
    let file = ArticleFile.parse("Update: the vote is delayed\n\nMore text.")
    #expect(file.header.isEmpty)
    #expect(file.body.hasPrefix("Update: the vote"))
  }

  @Test("a BOM is dropped and CRLF line ends are accepted")
  func bomAndCRLF() {
    let file = ArticleFile.parse(
      "\u{FEFF}Title: Hello\r\nDate: 2019-04-08\r\n\r\nOne.\r\n\r\nTwo.\r\n")
    #expect(file.title == "Hello")
    #expect(file.dateText == "2019-04-08")
    #expect(file.body == "One.\n\nTwo.")
  }

  @Test("a lone CR is data and stays in the body")
  func loneCarriageReturn() {
    let file = ArticleFile.parse("Title: T\n\nA\rB\n")
    #expect(file.body == "A\rB")
  }

  @Test("malformed header lines are ignored for fields but kept")
  func malformedHeaderLines() {
    let text = "Title: T\nthis line has no key\nDate: 2020-01-01\n:no key\nSource: S\n\nBody."
    let file = ArticleFile.parse(text)
    #expect(file.title == "T")
    #expect(file.dateText == "2020-01-01")
    #expect(file.header.contains(.unparsed("this line has no key")))
    #expect(file.header.contains(.unparsed(":no key")))
    #expect(file.source == "S")
    #expect(file.body == "Body.")
    #expect(file.render() == text + "\n")
  }

  @Test("text right after the header, without a blank line, is body")
  func missingBlankLine() {
    let file = ArticleFile.parse(
      "Title: T\nDate: 2020-01-01\nFirst line of text.\nSecond.\n\nMore.")
    #expect(file.title == "T")
    #expect(file.header.count == 2)
    #expect(file.body == "First line of text.\nSecond.\n\nMore.")
  }

  @Test("continuation lines join the previous field")
  func continuationLines() {
    let file = ArticleFile.parse("Title: A long\n  title here\nDate: 2020-01-01\n\nBody.")
    #expect(file.title == "A long title here")
  }

  @Test("an article with a header and an empty body parses")
  func emptyBody() {
    let file = ArticleFile.parse("Title: Only a title\nDate: 2020-01-01\n")
    #expect(file.title == "Only a title")
    #expect(file.body == "")
    #expect(ArticleFile.parse(file.render()) == file)
  }

  @Test("unknown keys are kept in order and written back")
  func unknownKeysKept() {
    let file = ArticleFile.parse("Title: T\nLicense: CC BY 2.5\nX-Custom: 1\n\nBody.")
    #expect(file.value("license") == "CC BY 2.5")
    #expect(file.render() == "Title: T\nLicense: CC BY 2.5\nX-Custom: 1\n\nBody.\n")
  }

  @Test("Author falls back to Credit, and Tags split on commas")
  func authorAndTags() {
    let file = ArticleFile.parse("Title: T\nCredit: Wikinews\nTags: a, b ,, c\n\nBody.")
    #expect(file.author == "Wikinews")
    #expect(file.tags == ["a", "b", "c"])
    let withAuthor = ArticleFile.parse("Title: T\nAuthor: Jane\nCredit: Wikinews\n\nBody.")
    #expect(withAuthor.author == "Jane")
  }

  @Test("a value with a newline cannot inject a header line")
  func newlineInValueStaysOnOneLine() {
    var file = ArticleFile(body: "Body.")
    file.setValue("Evil\nDate: 1999-01-01\n\nfake body", for: "Title")
    let text = file.render()
    let reparsed = ArticleFile.parse(text)
    #expect(reparsed.dateText == nil)
    #expect(reparsed.title == "Evil Date: 1999-01-01  fake body")
    #expect(reparsed.body == "Body.")
  }

  @Test("an unparseable date is kept as text but is no date")
  func unparseableDate() {
    let file = ArticleFile.parse("Title: T\nDate: last Tuesday\n\nBody.")
    #expect(file.dateText == "last Tuesday")
    #expect(file.date == nil)
    #expect(file.render().contains("Date: last Tuesday\n"))
  }

  @Test("control characters in the body are data and kept")
  func controlCharactersKept() {
    let body = "Hi \u{1B}[2J\u{1B}]0;PWNED\u{07} there \u{9B}"
    let file = ArticleFile.parse("Title: T\n\n" + body)
    #expect(file.body == body)
  }
}
