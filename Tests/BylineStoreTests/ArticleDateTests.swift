import Foundation
import Testing

@testable import BylineStore

@Suite struct ArticleDateTests {
  @Test("ISO 8601 dates with and without time and zone parse")
  func parsesForms() {
    let day = 1_554_681_600.0  // 2019-04-08T00:00:00Z
    #expect(ArticleDate.parse("2019-04-08")?.timeIntervalSince1970 == day)
    #expect(ArticleDate.parse("2019-04-08T10:00:00Z")?.timeIntervalSince1970 == day + 36000)
    #expect(ArticleDate.parse("2019-04-08T10:00:00+02:00")?.timeIntervalSince1970 == day + 28800)
    #expect(ArticleDate.parse("2019-04-08T10:00+0200")?.timeIntervalSince1970 == day + 28800)
    #expect(
      ArticleDate.parse("2019-04-08 10:00:00.5-01:00")?.timeIntervalSince1970 == day + 39600.5)
    #expect(ArticleDate.parse("  2019-04-08  ")?.timeIntervalSince1970 == day)
    #expect(ArticleDate.parse("2019-04-08 10:00:00 +0200")?.timeIntervalSince1970 == day + 28800)
  }

  @Test("things that are not ISO 8601 dates give nil")
  func rejectsOthers() {
    for text in [
      "", "yesterday", "2019-13-01", "2019-02-30", "2019-4-8", "08/04/2019", "2019-04-08T25:00",
      "2019-04-08T10:00:00Zjunk", "2019-04-08T", "Mon, 08 Apr 2019 10:00:00 GMT",
    ] {
      #expect(ArticleDate.parse(text) == nil, "\(text)")
    }
    #expect(ArticleDate.parse("2020-02-29") != nil)
    #expect(ArticleDate.parse("2019-02-29") == nil)
  }

  @Test("formatting gives UTC with seconds and parses back")
  func formatRoundTrip() {
    let date = Date(timeIntervalSince1970: 1_700_000_000)
    #expect(ArticleDate.format(date) == "2023-11-14T22:13:20Z")
    #expect(ArticleDate.parse(ArticleDate.format(date)) == date)
    #expect(ArticleDate.format(Date(timeIntervalSince1970: -86400)) == "1969-12-31T00:00:00Z")
  }
}
