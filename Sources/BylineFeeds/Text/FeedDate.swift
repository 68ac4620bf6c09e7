import BylineStore
import Foundation

/// Parses the dates feeds and pages carry.
///
/// RFC 822/2822, RFC 3339/ISO 8601 and their common malformed variants. No
/// locale or calendar is involved.
enum FeedDate {
  /// The date in `text`, or nil when it cannot be read.
  static func parse(_ text: String) -> Date? {
    let trimmed = text.trimmingWhitespace()
    guard !trimmed.isEmpty, trimmed.utf8.count <= 200 else { return nil }
    let scalars = Array(trimmed.unicodeScalars)
    if scalars.count >= 8, scalars.prefix(4).allSatisfy(isDigit), scalars[4] == "-" {
      if let date = ISO8601Date.parse(scalars) { return date }
    }
    if scalars.count == 8 || scalars.count >= 15, scalars.prefix(8).allSatisfy(isDigit) {
      if let date = ISO8601Date.parseBasic(scalars) { return date }
    }
    return RFC822Date.parse(trimmed) ?? ISO8601Date.parse(scalars)
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

  /// The moment `year-month-day hour:minute:second` at `offset` seconds
  /// east of UTC, or nil when a field is out of range.
  static func make(
    year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Double = 0,
    offset: Int = 0
  ) -> Date? {
    guard (1...9999).contains(year), (1...12).contains(month), hour >= 0, hour <= 24,
      (0...59).contains(minute), second >= 0, second < 62, abs(offset) <= 18 * 3600,
      day >= 1, day <= ArticleDate.daysIn(month: month, year: year)
    else { return nil }
    if hour == 24 && (minute != 0 || second != 0) { return nil }
    let days = ArticleDate.daysFromCivil(year: year, month: month, day: day)
    let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 - offset) + min(second, 59.999)
    return Date(timeIntervalSince1970: seconds)
  }
}
