/// A cursor over the scalars of a date.
struct DateScanner {
  let scalars: [Unicode.Scalar]
  var index = 0

  init(scalars: [Unicode.Scalar]) {
    self.scalars = scalars
  }

  var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

  mutating func skip(_ scalar: Unicode.Scalar) -> Bool {
    guard current == scalar else { return false }
    index += 1
    return true
  }

  /// Exactly `digits` digits.
  mutating func number(digits: Int) -> Int? {
    guard index + digits <= scalars.count,
      scalars[index..<index + digits].allSatisfy(FeedDate.isDigit)
    else { return nil }
    let value = scalars[index..<index + digits].reduce(0) { $0 * 10 + Int($1.value - 48) }
    index += digits
    return value
  }

  /// One to `maxDigits` digits.
  mutating func number(maxDigits: Int) -> Int? {
    var value = 0
    var count = 0
    while count < maxDigits, let scalar = current, FeedDate.isDigit(scalar) {
      value = value * 10 + Int(scalar.value - 48)
      count += 1
      index += 1
    }
    return count > 0 ? value : nil
  }

  /// The digits after a decimal point, as a fraction.
  mutating func fraction() -> Double {
    var value = 0.0
    var scale = 0.1
    while let scalar = current, FeedDate.isDigit(scalar) {
      value += Double(scalar.value - 48) * scale
      scale /= 10
      index += 1
    }
    return value
  }

  /// `Z`, `±hh:mm`, `±hhmm` or `±hh`, in seconds east of UTC.
  mutating func offset() -> Int? {
    if skip("Z") || skip("z") { return 0 }
    let sign: Int
    if skip("+") {
      sign = 1
    } else if skip("-") || skip("\u{2212}") {
      sign = -1
    } else {
      return nil
    }
    guard let hours = number(digits: 2) else { return nil }
    _ = skip(":")
    let minutes = number(digits: 2) ?? 0
    return sign * (hours * 3600 + minutes * 60)
  }
}
