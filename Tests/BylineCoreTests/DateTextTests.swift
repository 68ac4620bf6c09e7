import BylineCore
import Foundation
import Testing

@Suite struct DateTextTests {
  @Test("Dates print as yyyy-MM-dd in UTC, matching Foundation's calendar")
  func matchesCalendar() {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    var seconds = -2_208_988_800.0  // 1900-01-01
    while seconds < 4_102_444_800 {  // 2100-01-01
      let date = Date(timeIntervalSince1970: seconds)
      let parts = calendar.dateComponents([.year, .month, .day], from: date)
      let expected = String(
        format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
      #expect(DateText.day(date) == expected)
      seconds += 86_400 * 37 + 3_601
    }
    #expect(DateText.day(Date(timeIntervalSince1970: 0)) == "1970-01-01")
    #expect(DateText.day(Date(timeIntervalSince1970: 1_709_164_800)) == "2024-02-29")
  }
}
