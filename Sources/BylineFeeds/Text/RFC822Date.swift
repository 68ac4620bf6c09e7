import Foundation

/// RFC 822/2822 dates as feeds write them, tolerantly: `Tue, 10 Jun 2003
/// 04:00:00 GMT`, numeric offsets, named zones (EST, PDT, …), 2-digit years,
/// missing seconds or weekday, a wrong weekday, lowercase or full month
/// names, `UT`, extra spaces and trailing junk.
enum RFC822Date {
  private static let months = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]

  private static let zones: [String: Int] = [
    "gmt": 0, "ut": 0, "utc": 0, "z": 0, "wet": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5,
    "mst": -7, "mdt": -6, "pst": -8, "pdt": -7, "akst": -9, "akdt": -8, "hst": -10, "ast": -4,
    "adt": -3, "nst": -3, "bst": 1, "cet": 1, "cest": 2, "met": 1, "mest": 2, "eet": 2,
    "eest": 3, "msk": 3, "ist": 5, "jst": 9, "kst": 9, "hkt": 8, "sgt": 8, "awst": 8,
    "acst": 9, "aest": 10, "aedt": 11, "nzst": 12, "nzdt": 13,
  ]

  private struct Fields {
    var day: Int?
    var month: Int?
    var year: Int?
    var time: (hour: Int, minute: Int, second: Double)?
    var offset: Int?

    var isComplete: Bool { day != nil && month != nil && year != nil && time != nil }
  }

  /// The date, or nil when day, month or year is missing or out of range.
  static func parse(_ text: String) -> Date? {
    var fields = Fields()
    for token in tokens(text.lowercased()) {
      if fields.isComplete && fields.offset != nil { break }
      read(token, into: &fields)
    }
    guard let day = fields.day, let month = fields.month, let year = fields.year else {
      return nil
    }
    let time = fields.time ?? (0, 0, 0)
    return FeedDate.make(
      year: year, month: month, day: day, hour: time.hour, minute: time.minute,
      second: time.second, offset: fields.offset ?? 0)
  }

  /// Words, numbers, times and offsets; commas, spaces and the dashes of
  /// `10-Jun-2003` separate them, and a zone glued to a time is split off.
  private static func tokens(_ text: String) -> [String] {
    var result: [String] = []
    for word in text.split(whereSeparator: { $0 == " " || $0 == "," || $0.isCollapsibleSpace }) {
      var piece = String(word)
      if piece.contains(":"),
        let zoneStart = piece.firstIndex(where: { $0.isLetter || $0 == "+" || $0 == "-" })
      {
        result.append(String(piece[..<zoneStart]))
        piece = String(piece[zoneStart...])
      }
      if let first = piece.first, first != "+", first != "-", piece.contains("-"),
        piece.contains(where: \.isLetter)
      {
        result += piece.split(separator: "-").map(String.init)
      } else {
        result.append(piece)
      }
    }
    return result.filter { !$0.isEmpty }
  }

  private static func read(_ token: String, into fields: inout Fields) {
    if let first = token.first, first == "+" || first == "-" {
      if fields.offset == nil { fields.offset = numericOffset(token.dropFirst(), sign: first) }
    } else if token.contains(":") {
      if fields.time == nil { fields.time = time(token) }
    } else if token.allSatisfy(\.isNumber), token.allSatisfy(\.isASCII) {
      number(token, into: &fields)
    } else if token.count >= 3, let month = months.firstIndex(of: String(token.prefix(3))),
      fields.month == nil
    {
      fields.month = month + 1
    } else if let hours = zones[token.trimmingCharacters(in: CharacterSet(charactersIn: "()."))] {
      if fields.offset == nil { fields.offset = hours * 3600 }
    } else if token == "pm" || token == "am", let time = fields.time, time.hour <= 12 {
      let hour = token == "pm" ? time.hour % 12 + 12 : time.hour % 12
      fields.time = (hour, time.minute, time.second)
    } else if token.count == 1, fields.time != nil, fields.offset == nil {
      fields.offset = 0  // military zones: RFC 2822 says to treat them as -0000
    }
  }

  private static func number(_ token: String, into fields: inout Fields) {
    guard token.count <= 4, let value = Int(token) else { return }
    if token.count == 4 && fields.time == nil && fields.year != nil && fields.day != nil {
      // `0400` after the date: a time without colons.
      fields.time = (value / 100, value % 100, 0)
    } else if token.count <= 2, fields.day == nil, (1...31).contains(value) {
      fields.day = value
    } else if fields.year == nil {
      switch token.count {
      case 4: fields.year = value
      case 3: fields.year = value + 1900
      default: fields.year = value < 50 ? 2000 + value : 1900 + value
      }
    }
  }

  private static func time(_ token: String) -> (Int, Int, Double)? {
    let parts = token.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count >= 2, parts.count <= 3, let hour = Int(parts[0]), let minute = Int(parts[1]),
      parts[0].count <= 2, parts[1].count <= 2
    else { return nil }
    var second = 0.0
    if parts.count == 3 {
      guard let value = Double(parts[2]), parts[2].count <= 12, value.isFinite else { return nil }
      second = value
    }
    return (hour, minute, second)
  }

  private static func numericOffset(_ digits: Substring, sign: Character) -> Int? {
    let compact = digits.filter { $0 != ":" }
    guard compact.count == 4 || compact.count == 2,
      compact.allSatisfy({ $0.isASCII && $0.isNumber }),
      let value = Int(compact)
    else { return nil }
    let hours = compact.count == 4 ? value / 100 : value
    let minutes = compact.count == 4 ? value % 100 : 0
    let seconds = hours * 3600 + minutes * 60
    return sign == "-" ? -seconds : seconds
  }
}
