import Foundation

/// Dates as the reader shows them: `2019-04-08`, in UTC so output is the same
/// on every machine.
public enum DateText {
  /// `yyyy-MM-dd` for `date` (UTC).
  ///
  /// Pure arithmetic (days since 1970 to a civil date), because the list
  /// draws a date on every row of every frame and a `Calendar` per call is slow.
  public static func day(_ date: Date) -> String {
    let seconds = date.timeIntervalSince1970
    guard seconds.isFinite, abs(seconds) < 1e13 else { return "????-??-??" }
    let days = Int((seconds / 86_400).rounded(.down))
    let (year, month, day) = civil(fromDays: days)
    return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
  }

  /// The proleptic Gregorian (year, month, day) `days` after 1970-01-01
  /// (Howard Hinnant's `civil_from_days`).
  static func civil(fromDays days: Int) -> (Int, Int, Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shifted = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shifted + 2) / 5 + 1
    let month = shifted < 10 ? shifted + 3 : shifted - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(abs(value))
    let padded = String(repeating: "0", count: max(0, width - text.count)) + text
    return value < 0 ? "-" + padded : padded
  }
}
