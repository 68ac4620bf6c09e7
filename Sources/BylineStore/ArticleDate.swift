import Foundation

/// ISO 8601 dates as the article format writes them, parsed by hand.
///
/// Accepts `2019-04-08`, `2019-04-08T10:00`, `2019-04-08T10:00:00Z`,
/// `2019-04-08 10:00:00.250+02:00` and `...+0200`. A date without a zone is
/// taken as UTC. Anything else is "no date" (the text stays in the file).
/// Hand-written so it is `Sendable`, fast, and independent of the locale.
public enum ArticleDate {
  /// The date `text` names, or nil when it is not ISO 8601.
  public static func parse(_ text: String) -> Date? {
    var scanner = Scanner(bytes: Array(text.trimmingSpacesAndTabs.utf8))
    guard let year = scanner.digits(4), scanner.skip("-"), let month = scanner.digits(2),
      scanner.skip("-"), let day = scanner.digits(2),
      (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
    else { return nil }
    var seconds = 0.0
    var offset = 0
    if scanner.skip("T") || scanner.skip("t") || scanner.skip(" ") {
      guard let hour = scanner.digits(2), scanner.skip(":"), let minute = scanner.digits(2),
        hour < 24, minute < 60
      else { return nil }
      seconds = Double(hour * 3600 + minute * 60)
      if scanner.skip(":") {
        guard let second = scanner.digits(2), second <= 60 else { return nil }
        seconds += Double(second)
        if scanner.skip(".") || scanner.skip(",") {
          var scale = 0.1
          var any = false
          while let digit = scanner.digits(1) {
            seconds += Double(digit) * scale
            scale /= 10
            any = true
          }
          if !any { return nil }
        }
      }
      _ = scanner.skip(" ")  // "10:00:00 +0200", as YAML front matter writes it
      if scanner.skip("Z") || scanner.skip("z") {
      } else if let sign = scanner.sign() {
        guard let hours = scanner.digits(2), hours < 24 else { return nil }
        _ = scanner.skip(":")
        let minutes = scanner.digits(2) ?? 0
        guard minutes < 60 else { return nil }
        offset = sign * (hours * 3600 + minutes * 60)
      }
    }
    guard scanner.atEnd else { return nil }
    let days = daysFromCivil(year: year, month: month, day: day)
    return Date(timeIntervalSince1970: Double(days) * 86400 + seconds - Double(offset))
  }

  /// `date` as `YYYY-MM-DDTHH:MM:SSZ` (UTC, whole seconds).
  public static func format(_ date: Date) -> String {
    let total = Int(date.timeIntervalSince1970.rounded(.down))
    let days = total >= 0 ? total / 86400 : (total - 86399) / 86400
    let rest = total - days * 86400
    let (year, month, day) = civilFromDays(days)
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
    return "\(yearText)-\(two(month))-\(two(day))T\(two(rest / 3600)):\(two(rest % 3600 / 60))"
      + ":\(two(rest % 60))Z"
  }

  /// The number of days in `month` (1–12) of `year` (proleptic Gregorian).
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
  public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  private static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
    let z = days + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  private struct Scanner {
    let bytes: [UInt8]
    var index = 0

    var atEnd: Bool { index == bytes.count }

    mutating func skip(_ character: Character) -> Bool {
      guard let ascii = character.asciiValue, index < bytes.count, bytes[index] == ascii
      else { return false }
      index += 1
      return true
    }

    mutating func sign() -> Int? {
      if skip("+") { return 1 }
      if skip("-") { return -1 }
      // U+2212 MINUS SIGN, which some editors put in zones.
      if index + 2 < bytes.count, bytes[index...index + 2] == [0xE2, 0x88, 0x92] {
        index += 3
        return -1
      }
      return nil
    }

    mutating func digits(_ count: Int) -> Int? {
      guard index + count <= bytes.count else { return nil }
      var value = 0
      for byte in bytes[index..<index + count] {
        guard (0x30...0x39).contains(byte) else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      index += count
      return value
    }
  }
}
