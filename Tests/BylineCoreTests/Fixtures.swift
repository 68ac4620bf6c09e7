import BylineCore
import BylineEntities
import BylineScreen
import BylineStore
import Foundation

/// A recognizer for tests: finds a fixed list of names wherever they occur,
/// longest names first, never two mentions over the same text (so `Raimondo`
/// inside `Gina Raimondo` is not a second mention).
struct ListRecognizer: EntityRecognizer {
  var names: [(String, EntityKind, String)]
  var modelVersion: String { "test" }

  func mentions(in text: String) -> [EntityMention] {
    let bytes = Array(text.utf8)
    var found: [EntityMention] = []
    let longestFirst = names.sorted { $0.0.utf8.count > $1.0.utf8.count }
    for (name, kind, entity) in longestFirst {
      let needle = Array(name.utf8)
      guard !needle.isEmpty, bytes.count >= needle.count else { continue }
      var i = 0
      while i + needle.count <= bytes.count {
        let overlaps = found.contains { $0.start < i + needle.count && i < $0.end }
        if !overlaps && Array(bytes[i..<(i + needle.count)]) == needle {
          found.append(
            EntityMention(kind: kind, start: i, end: i + needle.count, text: name, entity: entity))
          i += needle.count
        } else {
          i += 1
        }
      }
    }
    return found.sorted { $0.start < $1.start }
  }
}

enum Fixtures {
  static func date(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate]
    return formatter.date(from: text) ?? Date(timeIntervalSince1970: 0)
  }

  static let recognizer = ListRecognizer(names: [
    ("Gina Raimondo", .person, "Gina Raimondo"),
    ("Raimondo", .person, "Gina Raimondo"),
    ("Joe Biden", .person, "Joe Biden"),
    ("Huawei", .organization, "Huawei"),
    ("Acme Widgets", .organization, "Acme Widgets"),
    ("Maria Lopez", .person, "Maria Lopez"),
    ("Lopez", .person, "Maria Lopez"),
    ("Carlos Lopez", .person, "Carlos Lopez"),
    ("Lopez Holdings", .organization, "Lopez Holdings"),
    ("Daniel Okafor", .person, "Daniel Okafor"),
    ("Okafor", .person, "Daniel Okafor"),
    ("Northwind Bank", .organization, "Northwind Bank"),
    ("Northwind", .organization, "Northwind Bank"),
    ("Harbor Trust", .organization, "Harbor Trust"),
    ("United Nations", .organization, "United Nations"),
  ])

  /// An article for the entity panel: several people and organizations,
  /// two people and a company sharing the surname Lopez, aliases
  /// (`Lopez`, `Okafor`, `Northwind`), and an organization first mentioned
  /// far down (`United Nations`).
  static let panelSummary = ArticleSummary(
    id: ArticleID("a5"), title: "Lopez and Okafor clash over Northwind Bank merger",
    source: "Example News", author: "Ann Writer", date: date("2021-02-01"))

  /// `panelSummary` first, then the other fixtures.
  static let panelSummaries = [panelSummary] + summaries

  static let panelBody = """
    Maria Lopez, the chair of Northwind Bank, said on Monday that the merger with \
    Lopez Holdings would go ahead. Daniel Okafor, who leads the rival Harbor Trust, \
    disagreed.

    Lopez said the deal had nothing to do with her family. Lopez Holdings was \
    founded by her uncle, Carlos Lopez, in 1988.

    Northwind has two hundred branches. The merger would make it the largest \
    lender in the region, a prospect that worries small businesses.

    Analysts were divided. Some expect savings; others expect higher fees for \
    customers who have few other choices.

    Okafor repeated his objections in a letter to shareholders on Tuesday.

    The regulator has ninety days to decide. Hearings begin next month and are \
    open to the public.

    Small lenders have asked for the hearings to be held in several cities.

    Observers from the United Nations development programme have asked to \
    attend as well.

    Lopez and Okafor are expected to meet again in March.

    The hearings will be broadcast online, and a transcript will be published \
    within a week of each session.

    Customers can send written comments until the end of April; every comment \
    will be read before the decision.

    A decision is expected in the summer.
    """

  static let summaries: [ArticleSummary] = [
    ArticleSummary(
      id: ArticleID("a1"), title: "Commerce nominee keeps Huawei on the list",
      source: "Example News", author: "Ann Writer", date: date("2021-01-28")),
    ArticleSummary(
      id: ArticleID("a2"), title: "Acme Widgets opens a factory", source: "Daily Wire Service",
      date: date("2021-01-20"), isRead: true),
    ArticleSummary(
      id: ArticleID("a3"), title: "東京の記事: wide characters in a title that is rather long",
      source: "Tokyo Times", date: date("2020-12-01"), isStarred: true),
    ArticleSummary(
      id: ArticleID("a4"), title: "A fourth story", source: "Example News", date: date("2020-11-11")
    ),
  ]

  static let bodies: [String: String] = [
    "a1": """
    Gina Raimondo, Joe Biden’s nominee for commerce secretary, said she sees no reason to \
    review Huawei’s status. Raimondo spoke on Tuesday.

    Huawei has denied any wrongdoing. Analysts expect the policy to stay in place for a \
    long time, and suppliers who cannot sell to Huawei are worried about their future.

    A third paragraph follows here, long enough to wrap onto several lines in a narrow \
    pane, so that scrolling has something to do. It mentions Acme Widgets once.
    """,
    "a2": "Acme Widgets opened a factory.\n\nIt employs 200 people.",
    "a3": "日本語の本文。Wide characters 世界 must not spill into the other pane.",
    "a4": (1...40).map { "Paragraph \($0) of a long article about nothing in particular." }
      .joined(separator: "\n\n"),
  ]

  static func article(_ id: ArticleID) -> Article? {
    if id == panelSummary.id { return Article(summary: panelSummary, body: panelBody) }
    guard let summary = summaries.first(where: { $0.id == id }), let body = bodies[id.rawValue]
    else { return nil }
    return Article(summary: summary, body: body)
  }

  /// A state with the fixtures loaded, effects performed as the run loop would.
  static func state(width: Int, height: Int, articles: [ArticleSummary] = summaries) -> AppState {
    var state = AppState(
      articles: articles, width: width, height: height, storeDescription: "/tmp/store")
    run(&state, startEffects(state))
    return state
  }

  /// Sends keys through `update`, performing load effects like the run loop.
  static func press(_ state: inout AppState, _ keys: Key...) {
    for key in keys {
      run(&state, update(&state, .key(key)))
    }
  }

  static func run(_ state: inout AppState, _ effects: [Effect]) {
    for effect in effects {
      if case .loadArticle(let id) = effect, let article = article(id) {
        let document = ReaderDocument(article: article, recognizer: recognizer)
        run(&state, update(&state, .articleLoaded(document)))
      }
    }
  }

  /// A theme where every element has its own colour, so snapshots can show
  /// which element styled each cell.
  static let theme: Theme = {
    var styles: [ThemeElement: Style] = [:]
    for (index, element) in ThemeElement.allCases.enumerated() {
      styles[element] = Style(foreground: .indexed(UInt8(index + 16)))
    }
    styles[.listSelected] = Style(background: .indexed(200))
    styles[.listSelectedUnfocused] = Style(background: .indexed(201))
    styles[.statusBar] = Style(background: .indexed(202))
    styles[.searchMatch] = Style(background: .indexed(203))
    styles[.currentMatch] = Style(background: .indexed(204))
    styles[.help] = Style(background: .indexed(205))
    styles[.selectedEntity] = Style(background: .indexed(206))
    return Theme(name: "test", styles: styles)
  }()

  static let letters: [ThemeElement: Character] = [
    .listItem: ".", .listUnread: "u", .listDate: "d", .listSource: "c", .header: "H",
    .meta: "m", .body: ".", .person: "p", .organization: "o", .statusHint: "?",
    .helpKey: "k", .helpTitle: "T", .border: "|", .message: "M", .error: "E",
  ]

  /// One letter per cell: background marks (s selected, S unfocused selection,
  /// b status bar, / match, * current match, h help) win over foreground elements.
  static func legend(_ style: Style) -> Character {
    switch style.background {
    case .indexed(200): return "s"
    case .indexed(201): return "S"
    case .indexed(202):
      if case .indexed(let n) = style.foreground, let e = element(n), e == .statusHint {
        return "?"
      }
      if case .indexed(let n) = style.foreground, let e = element(n), e == .error || e == .message {
        return letters[e] ?? "b"
      }
      return "b"
    case .indexed(203): return "/"
    case .indexed(206): return "@"
    case .indexed(204): return "*"
    case .indexed(205):
      if case .indexed(let n) = style.foreground, let e = element(n), let l = letters[e], l != "." {
        return l
      }
      return "h"
    default: break
    }
    if case .indexed(let n) = style.foreground, let e = element(n) { return letters[e] ?? "." }
    return "."
  }

  static func element(_ colour: UInt8) -> ThemeElement? {
    let index = Int(colour) - 16
    return ThemeElement.allCases.indices.contains(index) ? ThemeElement.allCases[index] : nil
  }

  static func snapshot(_ state: AppState) -> String {
    Renderer.render(state, theme: theme).snapshot(legend: legend)
  }
}
