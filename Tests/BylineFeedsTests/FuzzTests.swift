import BylineStore
import Foundation
import Testing

@testable import BylineFeeds

/// A small deterministic generator (SplitMix64) for reproducible mutations.
struct SplitMix64 {
  var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
}

@Suite struct FuzzTests {
  static let seeds: [[UInt8]] = [
    Fixtures.rss2.bytes, Fixtures.rdf.bytes, Fixtures.atom.bytes, Fixtures.jsonFeed11.bytes,
    Fixtures.jsonFeed10.bytes, Fixtures.newsPage.bytes,
  ]

  static let tokens: [[UInt8]] = [
    "<", ">", "</item>", "<item>", "&", "&amp;", "&#0;", "&#x110000;", "<![CDATA[", "]]>",
    "<!--", "\"", "{", "}", "[", "]", "\\u0000", "<script>", "<p>", "javascript:", "\u{1B}[2J",
    "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "<!DOCTYPE x [<!ENTITY a \"&a;\">]>",
  ].map { Array($0.utf8) }

  /// One random edit: flip, insert, delete, duplicate a slice, or splice a token.
  static func mutate(_ input: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
    var bytes = input
    for _ in 0...random.below(4) {
      let position = random.below(bytes.count + 1)
      switch random.below(6) {
      case 0 where position < bytes.count:
        bytes[position] ^= UInt8(truncatingIfNeeded: 1 << random.below(8))
      case 1:
        bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
      case 2 where position < bytes.count:
        bytes.removeSubrange(position..<min(bytes.count, position + random.below(64) + 1))
      case 3 where position < bytes.count:
        let end = min(bytes.count, position + random.below(200) + 1)
        bytes.insert(contentsOf: bytes[position..<end], at: position)
      case 4:
        bytes.insert(contentsOf: tokens[random.below(tokens.count)], at: position)
      default:
        bytes = Array(bytes.prefix(position))
      }
    }
    return bytes
  }

  @Test("2,000 mutated fixtures never crash and finish quickly")
  func mutatedFixtures() {
    var random = SplitMix64(seed: 0xB1_11E)
    let start = Date()
    for round in 0..<2_000 {
      let seed = Self.seeds[round % Self.seeds.count]
      FeedConverter.fuzz(Self.mutate(seed, &random))
    }
    #expect(Date().timeIntervalSince(start) < 90)
  }

  @Test("random bytes and random markup never crash")
  func randomInputs() {
    var random = SplitMix64(seed: 42)
    for _ in 0..<300 {
      let length = random.below(2_000)
      let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
      FeedConverter.fuzz(bytes)
      var markup: [UInt8] = Array("<rss><channel>".utf8)
      for _ in 0..<random.below(50) { markup += Self.tokens[random.below(Self.tokens.count)] }
      FeedConverter.fuzz(markup)
    }
  }

  @Test("every result of a mutated feed keeps the converter's promises")
  func promisesHold() {
    var random = SplitMix64(seed: 99)
    for round in 0..<600 {
      let bytes = Self.mutate(Self.seeds[round % Self.seeds.count], &random)
      guard case .articles(let items, _) = FeedConverter().convert(bytes, name: "f") else {
        continue
      }
      for item in items {
        #expect(!item.title.contains("\n") && !item.author.contains("\n"))
        if let url = item.url {
          #expect(url.hasPrefix("http://") || url.hasPrefix("https://"), "\(url)")
        }
      }
    }
  }
}
