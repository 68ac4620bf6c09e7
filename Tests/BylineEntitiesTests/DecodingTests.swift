import Testing

@testable import BylineEntities

@Suite struct DecodingTests {
  @Test("IOB2 converts to BILOU")
  func iobToBILOU() {
    let tags: [(type: Int, begin: Bool)?] = [
      (0, true), (0, false), nil, (1, true), (2, true), (2, false), (2, false),
    ]
    let labels = BILOU.fromIOB2(tags)
    #expect(
      labels == [
        BILOU.label(0, .begin), BILOU.label(0, .last), 0, BILOU.label(1, .unit),
        BILOU.label(2, .begin), BILOU.label(2, .inside), BILOU.label(2, .last),
      ])
    #expect(
      BILOU.spans(labels, in: 0..<labels.count) == [
        EntitySpan(start: 0, end: 2, type: .person),
        EntitySpan(start: 3, end: 4, type: .organization),
        EntitySpan(start: 4, end: 7, type: .location),
      ])
  }

  @Test("transitions: an open entity must continue; others must not")
  func transitions() {
    let begin = BILOU.label(0, .begin)
    #expect(BILOU.allowed(begin, BILOU.label(0, .last)))
    #expect(!BILOU.allowed(begin, BILOU.label(1, .last)))
    #expect(!BILOU.allowed(begin, BILOU.outside))
    #expect(!BILOU.allowed(BILOU.outside, BILOU.label(0, .inside)))
    #expect(BILOU.allowed(BILOU.outside, BILOU.label(3, .unit)))
    #expect(BILOU.closingMask & (1 << UInt32(begin)) == 0)
  }

  @Test("lenient span reading starts an entity at a stray I or L")
  func lenientSpans() {
    let labels: [UInt8] = [
      BILOU.label(1, .inside), BILOU.label(1, .last), 0, BILOU.label(0, .last),
    ]
    #expect(
      BILOU.spans(labels, in: 0..<4) == [
        EntitySpan(start: 0, end: 2, type: .organization),
        EntitySpan(start: 3, end: 4, type: .person),
      ])
  }

  @Test("ties go to the lowest label id")
  func deterministicTies() {
    let scores = ClassScores()
    #expect(scores.best(labels: ClassScores.labels) == 0)
  }
}
