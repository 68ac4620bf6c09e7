import Foundation
import Testing

@testable import BylineFeeds

@Suite struct FeedDateTests {
  @Test(
    "RFC 822 dates and their common variants",
    arguments: [
      ("Tue, 10 Jun 2003 04:00:00 GMT", utc(2003, 6, 10, 4)),
      ("Tue, 10 Jun 2003 04:00:00 +0200", utc(2003, 6, 10, 2)),
      ("Tue, 10 Jun 2003 04:00:00 -0130", utc(2003, 6, 10, 5, 30)),
      ("Tue, 10 Jun 2003 04:00:00 EST", utc(2003, 6, 10, 9)),
      ("Tue, 10 Jun 2003 04:00:00 PDT", utc(2003, 6, 10, 11)),
      ("Tue, 10 Jun 03 04:00:00 GMT", utc(2003, 6, 10, 4)),
      ("Tue, 10 Jun 99 04:00 GMT", utc(1999, 6, 10, 4)),
      ("10 Jun 2003 04:00:00 GMT", utc(2003, 6, 10, 4)),
      ("Sun, 10 Jun 2003 04:00:00 GMT", utc(2003, 6, 10, 4)),
      ("Tue,  10   jun 2003   04:00:00   UT", utc(2003, 6, 10, 4)),
      ("Tuesday, 10 June 2003 04:00:00 UTC", utc(2003, 6, 10, 4)),
      ("Tue, 10 Jun 2003 04:00:00 GMT+0000 (Coordinated)", utc(2003, 6, 10, 4)),
      ("Tue, 10 Jun 2003 04:00:00 Z", utc(2003, 6, 10, 4)),
      ("Tue, 10 Jun 2003", utc(2003, 6, 10)),
      ("10-Jun-2003 04:00:00", utc(2003, 6, 10, 4)),
      ("Tue, 10 Jun 2003 04:00:00 GMT trailing junk 99", utc(2003, 6, 10, 4)),
      ("Jun 10, 2003 4:00 pm", utc(2003, 6, 10, 16)),
    ])
  func rfc822(text: String, expected: Date) {
    #expect(FeedDate.parse(text) == expected, "\(text)")
  }

  @Test(
    "RFC 3339 and ISO 8601 dates",
    arguments: [
      ("2003-06-10T04:00:00Z", utc(2003, 6, 10, 4)),
      ("2003-06-10T04:00:00.123Z", utc(2003, 6, 10, 4).addingTimeInterval(0.123)),
      ("2003-06-10T04:00:00+02:00", utc(2003, 6, 10, 2)),
      ("2003-06-10T04:00:00-0500", utc(2003, 6, 10, 9)),
      ("2003-06-10T04:00Z", utc(2003, 6, 10, 4)),
      ("2003-06-10 04:00:00", utc(2003, 6, 10, 4)),
      ("2003-06-10", utc(2003, 6, 10)),
      ("  2003-06-10t04:00:00z  ", utc(2003, 6, 10, 4)),
      ("2003-6-1", utc(2003, 6, 1)),
      ("20030610T040000Z", utc(2003, 6, 10, 4)),
      ("2003-06-10T04:00:00+02:00 (local)", utc(2003, 6, 10, 2)),
    ])
  func rfc3339(text: String, expected: Date) {
    let parsed = FeedDate.parse(text)
    #expect(parsed.map { abs($0.timeIntervalSince(expected)) < 0.001 } == true, "\(text)")
  }

  @Test(
    "unparseable dates give nil",
    arguments: [
      "", "yesterday", "Tue, 32 Jun 2003 04:00:00 GMT", "2003-13-01", "2003-02-30", "Jun 2003",
      "Tue, 10 Foo 2003", "99999-01-01", String(repeating: "9", count: 10_000), "\u{1B}[2J",
    ])
  func unparseable(text: String) {
    #expect(FeedDate.parse(text) == nil, "\(text)")
  }
}
