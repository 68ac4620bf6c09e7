import BylineStore
import Foundation

/// Dates as the reader shows them: `2019-04-08`, in UTC so output is the same
/// on every machine.
public enum DateText {
  /// `yyyy-MM-dd` for `date` (UTC).
  ///
  /// The day part of the store's own ISO 8601 formatting (plain arithmetic,
  /// no `Calendar`), because the list draws a date on every row of every frame.
  public static func day(_ date: Date) -> String {
    let seconds = date.timeIntervalSince1970
    guard seconds.isFinite, abs(seconds) < 1e13 else { return "????-??-??" }
    return String(ArticleDate.format(date).prefix(10))
  }
}
