import Foundation

/// Dates as the reader shows them: `2019-04-08`, in UTC so output is the same
/// on every machine.
public enum DateText {
  /// `yyyy-MM-dd` for `date`.
  public static func day(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    let year = parts.year ?? 0
    let month = parts.month ?? 0
    let day = parts.day ?? 0
    return String(format: "%04d-%02d-%02d", year, month, day)
  }
}
