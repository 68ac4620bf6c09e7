import Testing

@testable import BylineEntities

@Suite struct DocumentPassTests {
  private func run(_ text: String, _ spans: [(Int, Int, NERType)]) -> [EntityMention] {
    let document = Tokenizer().tokenize(text)
    let context = DocumentContext(document: document, gazetteer: .empty)
    var pass = DocumentPass(
      document: document, context: context, gazetteer: Gazetteer(entries: []),
      spans: spans.map { EntitySpan(start: $0.0, end: $0.1, type: $0.2) })
    return pass.mentions()
  }

  @Test("a bare surname after a full name is that person, with the full name as entity")
  func surnameAlias() {
    let text = "Gina Raimondo spoke. Later Raimondo said Huawei-US ties matter. Huawei agreed."
    let mentions = run(text, [(0, 2, .person), (11, 12, .organization)])
    #expect(mentions.map(\.text) == ["Gina Raimondo", "Raimondo", "Huawei", "Huawei"])
    #expect(mentions.map(\.entity) == ["Gina Raimondo", "Gina Raimondo", "Huawei", "Huawei"])
    #expect(mentions[2].start == 41 && mentions[2].end == 47)
    #expect(mentions.map(\.kind) == [.person, .person, .organization, .organization])
  }

  @Test("the same surface form gets the majority label throughout")
  func consistency() {
    let text = "Acme rose. Acme fell. Then Acme won."
    let mentions = run(text, [(0, 1, .organization), (3, 4, .location), (7, 8, .organization)])
    #expect(mentions.count == 3)
    #expect(mentions.allSatisfy { $0.kind == .organization && $0.entity == "Acme" })
  }

  @Test("untagged repeats of a tagged name are found; lowercase words are not")
  func propagation() {
    let text = "Steve McCaskill wrote it. Later, Steve McCaskill and steve left."
    let mentions = run(text, [(0, 2, .person)])
    #expect(mentions.map(\.text) == ["Steve McCaskill", "Steve McCaskill"])
  }

  @Test("mentions are sorted and never overlap")
  func sortedDisjoint() {
    let text = "Joe Biden met Biden and Joe Biden."
    let mentions = run(text, [(3, 4, .person), (0, 2, .person)])
    for (first, second) in zip(mentions, mentions.dropFirst()) {
      #expect(first.end <= second.start)
    }
    #expect(mentions.allSatisfy { $0.entity == "Joe Biden" })
  }

  @Test("a bare surname gets its full name in a document naming many people")
  func surnameAmongManyNames() {
    // Forty people (more forms than the small-document path handles), then
    // a bare surname of one of them.
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    let suffixes = (0..<40).map { "\(letters[$0 / 26])\(letters[$0 % 26])" }
    var text = ""
    var spans: [(Int, Int, NERType)] = []
    for (number, suffix) in suffixes.enumerated() {
      text += "Anna\(suffix) Berg\(suffix) spoke. "
      spans.append((number * 4, number * 4 + 2, .person))
    }
    text += "Later Bergbc said."
    let mentions = run(text, spans)
    #expect(mentions.count == 41)
    #expect(mentions.last?.text == "Bergbc")
    #expect(mentions.last?.entity == "Annabc Bergbc")
    #expect(mentions.dropLast().allSatisfy { $0.entity == $0.text })
  }
}
