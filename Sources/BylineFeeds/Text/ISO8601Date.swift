import Foundation

/// RFC 3339 / ISO 8601 dates: `2003-06-10`, `2003-06-10T04:00:00Z`,
/// fractions, `±hh:mm`/`±hhmm`/`±hh` offsets, a space instead of `T`, and
/// trailing junk after a complete value.
enum ISO8601Date {
  /// Parses the extended form (`YYYY-MM-DD…`).
  static func parse(_ s: [Unicode.Scalar]) -> Date? {
    var scanner = DateScanner(scalars: s)
    guard let year = scanner.number(digits: 4), scanner.skip("-"),
      let month = scanner.number(maxDigits: 2), scanner.skip("-"),
      let day = scanner.number(maxDigits: 2)
    else { return nil }
    return time(&scanner, year: year, month: month, day: day, colons: true)
  }

  /// Parses the basic form (`YYYYMMDD`, `YYYYMMDDThhmmssZ`).
  static func parseBasic(_ s: [Unicode.Scalar]) -> Date? {
    var scanner = DateScanner(scalars: s)
    guard let year = scanner.number(digits: 4), let month = scanner.number(digits: 2),
      let day = scanner.number(digits: 2)
    else { return nil }
    return time(&scanner, year: year, month: month, day: day, colons: false)
  }

  private static func time(
    _ scanner: inout DateScanner, year: Int, month: Int, day: Int, colons: Bool
  ) -> Date? {
    guard scanner.skip("T") || scanner.skip("t") || scanner.skip(" ") else {
      return FeedDate.make(year: year, month: month, day: day)
    }
    while scanner.skip(" ") {}
    guard let hour = scanner.number(digits: 2) else {
      return FeedDate.make(year: year, month: month, day: day)
    }
    if colons { _ = scanner.skip(":") }
    guard let minute = scanner.number(digits: 2) else { return nil }
    var second = 0.0
    if !colons || scanner.skip(":") {
      if let whole = scanner.number(digits: 2) {
        second = Double(whole)
        if scanner.skip(".") || scanner.skip(",") { second += scanner.fraction() }
      }
    }
    while scanner.skip(" ") {}
    let offset = scanner.offset() ?? 0
    return FeedDate.make(
      year: year, month: month, day: day, hour: hour, minute: minute, second: second,
      offset: offset)
  }
}
