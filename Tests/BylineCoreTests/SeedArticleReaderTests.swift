import BylineCore
import BylineEntities
import BylineStore
import BylineTestSupport
import Foundation
import Testing

/// The article Byline was imagined around, imported and opened as a user
/// would: every person and company highlighted wherever it occurs.
@Suite struct SeedArticleReaderTests {
  static let people = ["Joe Biden", "Biden", "Gina Raimondo", "Raimondo", "Ren", "Steve McCaskill"]
  static let organizations = ["Huawei", "Google", "Honor", "TechRadar Pro", "Silicon UK"]
  static let never = ["US", "UK", "U.S.", "China", "Chinese"]

  /// The seed article imported into a temporary store and prepared for reading.
  func seedDocument() throws -> ReaderDocument? {
    guard let seed = SharedData.require("seed-article.txt") else { return nil }
    let recognizer = try PerceptronRecognizer.bundled()
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-seed-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    defer { try? FileManager.default.removeItem(at: directory) }
    let store = try ArticleStore(directory: directory, createIfMissing: true)
    let report = store.importPaths([seed.path], standardInput: { nil })
    #expect(report.imported == 1, "\(report.summaryLine)")
    let summaries = try store.summaries()
    let id = try #require(summaries.first?.id)
    return ReaderDocument(article: try store.article(id), recognizer: recognizer)
  }

  /// Grapheme ranges where `name` occurs as a whole word in `text`.
  func occurrences(of name: String, in text: [Character]) -> [Range<Int>] {
    let needle = Array(name)
    var found: [Range<Int>] = []
    var i = 0
    while i + needle.count <= text.count {
      if Array(text[i..<(i + needle.count)]) == needle {
        let before = i == 0 ? " " : text[i - 1]
        let after = i + needle.count < text.count ? text[i + needle.count] : " "
        if !before.isLetter && !after.isLetter { found.append(i..<(i + needle.count)) }
      }
      i += 1
    }
    return found
  }

  @Test("Every person and company in the seed article is highlighted wherever it occurs")
  func everyNameHighlighted() throws {
    guard let document = try seedDocument() else { return }
    var missed: [String] = []
    for (index, block) in document.blocks.enumerated() where block.role != .meta {
      let mentions = document.mentions(inBlock: index)
      for (names, kind) in [(Self.people, EntityKind.person), (Self.organizations, .organization)] {
        for name in names {
          for range in occurrences(of: name, in: block.text) {
            let covered = mentions.contains {
              $0.kind == kind && $0.range.lowerBound <= range.lowerBound
                && $0.range.upperBound >= range.upperBound
            }
            if !covered { missed.append("\(name) (\(kind)) in block \(index)") }
          }
        }
      }
    }
    #expect(missed.isEmpty, "not highlighted: \(missed)")
  }

  @Test("US, UK, China and Chinese are never highlighted on their own")
  func placesNotHighlighted() throws {
    guard let document = try seedDocument() else { return }
    for mention in document.mentions {
      let text = String(document.blocks[mention.block].text[mention.range])
      #expect(!Self.never.contains(text), "highlighted \(text) as \(mention.kind)")
    }
  }

  @Test("Possessives stay outside the highlight and aliases group under the full name")
  func possessivesAndAliases() throws {
    guard let document = try seedDocument() else { return }
    var entityOf: [String: String] = [:]
    for mention in document.mentions {
      let text = String(document.blocks[mention.block].text[mention.range])
      #expect(!text.hasSuffix("’s") && !text.hasSuffix("'s"), "\(text)")
      entityOf[text] = mention.entity
    }
    #expect(entityOf["Gina Raimondo"] == "Gina Raimondo")
    #expect(entityOf["Biden"] == "Joe Biden", "the bare surname joins the full name")
    #expect(entityOf["Huawei"] == "Huawei")
  }
}

/// All 30 bundled sample articles open and render at every size.
@Suite struct SampleArticlesReaderTests {
  @Test("Every sample article opens and renders at 120x40, 80x24 and 40x12")
  func samplesRender() throws {
    guard let root = SharedData.repositoryRoot() else { return }
    let samples = root.appendingPathComponent("Sources/byline/Resources/samples")
    let files = try FileManager.default.contentsOfDirectory(atPath: samples.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    #expect(files.count == 30)
    let recognizer = try? PerceptronRecognizer.bundled()
    for file in files {
      let text = try String(contentsOf: samples.appendingPathComponent(file), encoding: .utf8)
      let parsed = ArticleFile.parse(text)
      let summary = ArticleSummary(
        id: ArticleID("s" + file.prefix(3)), title: parsed.title ?? file,
        source: parsed.source ?? "", author: parsed.author ?? "", date: parsed.date)
      let document = ReaderDocument(
        article: Article(summary: summary, body: parsed.body), recognizer: recognizer)
      #expect(document.blocks.count > 2, "\(file)")
      for (width, height) in [(120, 40), (80, 24), (40, 12)] {
        var state = AppState(articles: [summary], width: width, height: height)
        _ = update(&state, .articleLoaded(document))
        _ = update(&state, .key(.enter))
        _ = update(&state, .key(.character("G")))
        let screen = Renderer.render(state, theme: Fixtures.theme)
        #expect(screen.width == width)
      }
    }
  }
}
