import Foundation
import Testing

@testable import BylineStore

@Suite struct MarkdownTextTests {
  @Test("inline markup becomes plain text")
  func inline() {
    let cases: [(String, String)] = [
      ("**bold** and *it* and __b__ and _i_", "bold and it and b and i"),
      ("***both*** ~~gone~~", "both gone"),
      ("a [link](https://x.example/a_(b)) here", "a link here"),
      ("![alt text](img.png) and [ref][1] and [empty][]", "alt text and ref and empty"),
      ("`code *not emphasis*` and ``a ` b``", "code *not emphasis* and a ` b"),
      ("snake_case_name and 5 * 3 * 2", "snake_case_name and 5 * 3 * 2"),
      ("escaped \\*stars\\* and \\_under\\_", "escaped *stars* and _under_"),
      ("see <https://example.com/x> or <antirez>", "see https://example.com/x or <antirez>"),
      ("[**nested** link](u)", "nested link"),
      ("unclosed [bracket and *star", "unclosed [bracket and *star"),
    ]
    for (input, expected) in cases {
      #expect(MarkdownInline.plain(input) == expected, "\(input)")
    }
  }

  @Test("blocks: headings, lists, quotes, rules, fences, reference definitions")
  func blocks() {
    let markdown = """
      # The Title #

      Intro with a
      soft wrap.

      Sub heading
      -----------

      - one *item*
      - two
      * three
      1. first

      > quoted **text**

      ***

      ```swift
      let x = *y*

      print(x)
      ```

      [1]: https://example.com
      Last line.
      """
    let converted = MarkdownText.convert(markdown)
    #expect(converted.heading == "The Title")
    let expected = [
      "Intro with a soft wrap.", "Sub heading",
      "\u{2022} one item\n\u{2022} two\n\u{2022} three 1. first",
      "quoted text", "let x = *y*\nprint(x)", "Last line.",
    ]
    #expect(converted.body.components(separatedBy: "\n\n") == expected)
  }

  @Test("a Markdown file imports with the heading as title and no raw markup")
  func markdownImport() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let text = "# *Big* news\n\nThe **company** [said](http://x) it.\n\n## Details\n\nMore `text`."
    let outcome = try store.importText(text, name: "n.md", kind: .markdown)
    let article = try store.article(outcome.id)
    #expect(article.summary.title == "Big news")
    #expect(article.body == "The company said it.\n\nDetails\n\nMore text.")
    #expect(article.summary.dateIsImportTime)
  }

  @Test("YAML front matter gives title, date, author and tags")
  func frontMatter() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let text = """
      ---
      title: "Front matter post"
      date: 2021-05-06T07:08:09Z
      author: Jane Doe
      tags: [a, "b"]
      layout: post
      ---
      Body **here**.
      """
    let outcome = try store.importText(text, name: "p.md", kind: .automatic)
    let article = try store.article(outcome.id)
    #expect(article.summary.title == "Front matter post")
    #expect(article.summary.author == "Jane Doe")
    #expect(article.summary.date == ArticleDate.parse("2021-05-06T07:08:09Z"))
    #expect(!article.summary.dateIsImportTime)
    #expect(article.tags == ["a", "b"])
    #expect(article.body == "Body here.")
  }

  @Test("Markdown with an article header keeps the header and converts the body")
  func headerAndMarkdown() throws {
    let fixture = try StoreFixture()
    let store = try fixture.open()
    let text =
      "Title: *Header* title\nDate: 2020-01-01\nLicense: MIT\n\n# Header title\n\nText _here_."
    let outcome = try store.importText(text, name: "h.md", kind: .markdown)
    let article = try store.article(outcome.id)
    #expect(article.summary.title == "Header title")
    #expect(article.body == "Text here.")
  }

  @Test("the same article as Markdown and as plain text gets one id")
  func markdownAndTextSameID() {
    let md = try? ArticlePreparation.prepare(
      "# Hello\n\nThe *world*.", name: "a", kind: .markdown, now: Date())
    let text = try? ArticlePreparation.prepare(
      "Title: Hello\nDate: 2020-01-01\n\nThe world.", name: "b", kind: .text, now: Date())
    #expect(md?.id != nil && md?.id == text?.id)
  }

  @Test("automatic kind detects Markdown and leaves plain text alone")
  func sniffing() {
    #expect(ArticlePreparation.sniff("# Heading\n\ntext") == .markdown)
    #expect(ArticlePreparation.sniff("Title: x\n\nSee [this](http://x).") == .markdown)
    #expect(ArticlePreparation.sniff("Plain title\n\nPlain *text* 5 * 3.") == .text)
    #expect(ImportKind.forName("a.MD") == .markdown && ImportKind.forName("a.txt") == .text)
    #expect(ImportKind.forName("README") == .automatic)
  }

  @Test("hostile Markdown (a 300 KB line of brackets or stars) converts in linear time")
  func hostileInputIsLinear() {
    // Quadratic scanning would take minutes here; linear takes well under a second.
    let clock = ContinuousClock()
    for unit in ["[", "[[]", "*a ", "` ``", "<", "![", "_x ", "**a", "~~a "] {
      let text = String(repeating: unit, count: 300_000 / unit.count)
      let elapsed = clock.measure { _ = MarkdownText.convert(text) }
      #expect(elapsed < .seconds(10), "\(unit): \(elapsed)")
    }
  }
}
