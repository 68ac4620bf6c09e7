import Foundation

/// How the list and reader write dates: one of a few named formats, in UTC.
///
/// A fixed set of names rather than `strftime` patterns, so a config file
/// cannot ask for something the reader cannot draw in its date column.
public enum DateFormat: String, CaseIterable, Hashable, Sendable {
  /// `2019-04-08` (the default).
  case iso
  /// `08.04.2019`.
  case european
  /// `04/08/2019`.
  case us
  /// `8 Apr 2019`.
  case long

  private static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// `date` written in this format (UTC); `????` parts for dates out of range.
  public func format(_ date: Date) -> String {
    let iso = DateText.day(date)
    let parts = iso.split(separator: "-")
    guard parts.count == 3, let month = Int(parts[1]), (1...12).contains(month),
      let day = Int(parts[2])
    else { return iso }
    let (y, m, d) = (parts[0], parts[1], parts[2])
    switch self {
    case .iso: return iso
    case .european: return "\(d).\(m).\(y)"
    case .us: return "\(m)/\(d)/\(y)"
    case .long: return "\(day) \(Self.months[month - 1]) \(y)"
    }
  }

  /// The list's date column width for this format (the longest date it writes).
  public var columnWidth: Int { self == .long ? 11 : 10 }

  /// An example of each name, for messages and the README.
  public static var examples: String {
    allCases.map { "\($0.rawValue) (\($0.format(Date(timeIntervalSince1970: 1_554_681_600))))" }
      .joined(separator: ", ")
  }
}
