import Foundation
import Testing

@testable import BylineEntities

/// Acceptance test of issues 2 and 3 on `../shared/seed-article.txt`.
@Suite struct SeedArticleTests {
  private static let expected: [(surface: String, kind: EntityKind, entity: String)] = [
    ("Joe Biden", .person, "Joe Biden"), ("Biden", .person, "Joe Biden"),
    ("Gina Raimondo", .person, "Gina Raimondo"), ("Raimondo", .person, "Gina Raimondo"),
    ("Ren", .person, "Ren"), ("Steve McCaskill", .person, "Steve McCaskill"),
    ("Huawei", .organization, "Huawei"), ("Google", .organization, "Google"),
    ("Honor", .organization, "Honor"), ("TechRadar Pro", .organization, "TechRadar Pro"),
    ("Silicon UK", .organization, "Silicon UK"),
  ]

  /// Byte ranges of whole-word occurrences of `surface` in `text`.
  private func occurrences(of surface: String, in text: String) -> [Range<Int>] {
    let bytes = Array(text.utf8)
    let needle = Array(surface.utf8)
    var result: [Range<Int>] = []
    guard bytes.count >= needle.count else { return result }
    func isLetter(_ byte: UInt8) -> Bool {
      (byte | 0x20) >= 97 && (byte | 0x20) <= 122
    }
    for start in 0...(bytes.count - needle.count)
    where Array(bytes[start..<(start + needle.count)]) == needle {
      let end = start + needle.count
      if start > 0 && isLetter(bytes[start - 1]) { continue }
      if end < bytes.count && isLetter(bytes[end]) { continue }
      result.append(start..<end)
    }
    return result
  }

  @Test("finds every person and company of the seed article, wherever they occur")
  func seedArticle() throws {
    guard let text = SharedFixtures.text("seed-article.txt") else { return }
    let recognizer = try #require(SharedFixtures.recognizer)
    let mentions = recognizer.mentions(in: text)
    for mention in mentions {
      print(
        "seed: \(mention.kind) \(mention.start)-\(mention.end) '\(mention.text)' -> \(mention.entity)"
      )
    }
    for (surface, kind, entity) in Self.expected {
      let ranges = occurrences(of: surface, in: text)
      #expect(!ranges.isEmpty, "'\(surface)' should occur in the seed article")
      for range in ranges {
        let covering = mentions.first { $0.start <= range.lowerBound && range.upperBound <= $0.end }
        #expect(covering != nil, "'\(surface)' at \(range) was not found")
        guard let covering else { continue }
        #expect(covering.kind == kind, "'\(surface)' at \(range) is \(covering.kind)")
        if covering.text == surface {
          #expect(covering.entity == entity, "'\(surface)' should belong to '\(entity)'")
        }
      }
    }
    let allowedEntities = Set(Self.expected.map(\.entity) + ["Future"])
    for mention in mentions {
      #expect(allowedEntities.contains(mention.entity), "unexpected mention '\(mention.text)'")
      #expect(
        !mention.text.contains("’") && !mention.text.contains("'"),
        "possessive inside '\(mention.text)'")
      #expect(!["US", "UK", "U.S.", "China", "Chinese", "Huawei-US"].contains(mention.text))
      #expect(mention.entity != "Huawei-US")
    }
    for (first, second) in zip(mentions, mentions.dropFirst()) {
      #expect(first.end <= second.start, "mentions overlap or are unsorted")
    }
  }

  @Test("never crashes on hostile input")
  func hostileInput() throws {
    let recognizer = try #require(SharedFixtures.recognizer)
    let inputs = [
      "", "\u{0}\u{1}\u{1B}[2J", String(repeating: "A", count: 200_000),
      String(repeating: "Ab-", count: 50_000),
      String(repeating: "Mr. Ab Cd said Ef Gh Inc. and Ab Cd’s Ef-Gh. ", count: 3_000),
      "’s ’s ' ' -- — … U.S. .", "Émile Zola\u{301} ÆØÅ 日本語 🎉",
    ]
    for input in inputs {
      let mentions = recognizer.mentions(in: input)
      let length = input.utf8.count
      #expect(mentions.allSatisfy { 0 <= $0.start && $0.start < $0.end && $0.end <= length })
    }
  }
}
