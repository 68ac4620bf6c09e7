import Foundation

/// Makes feed and page links safe to store: only absolute `http`/`https`
/// URLs survive, relative ones are resolved against a base first.
enum LinkResolver {
  /// The longest link kept.
  static let maxLength = 4_096

  /// `raw` as an absolute `http`/`https` URL, or nil.
  ///
  /// Tabs and line breaks are removed (as browsers do, so `java\nscript:`
  /// cannot hide its scheme), spaces, controls and non-ASCII characters are
  /// percent-encoded, and any other scheme (`javascript:`, `file:`, `data:`)
  /// gives nil. The result never starts with `-`.
  /// - Parameter bases: `xml:base` values, outermost first, then the page's
  ///   or feed's own address; relative ones are resolved in turn.
  static func httpURL(_ raw: String, bases: [String] = []) -> String? {
    guard let reference = clean(raw) else { return nil }
    if let scheme = scheme(of: reference) {
      return isWeb(scheme) ? checked(URL(string: reference)) : nil
    }
    var base: URL?
    for candidate in bases {
      guard let cleaned = clean(candidate) else { continue }
      if let scheme = scheme(of: cleaned) {
        base = isWeb(scheme) ? URL(string: cleaned) : nil
      } else if let current = base {
        base = URL(string: cleaned, relativeTo: current)?.absoluteURL
      }
    }
    guard let base else { return nil }
    return checked(URL(string: reference, relativeTo: base)?.absoluteURL)
  }

  private static func clean(_ raw: String) -> String? {
    let trimmed = raw.trimmingWhitespace()
    guard !trimmed.isEmpty, trimmed.utf8.count <= maxLength else { return nil }
    var result = ""
    for scalar in trimmed.unicodeScalars {
      switch scalar {
      case "\t", "\n", "\r":
        continue
      case " ", "\"", "<", ">", "`", "{", "}", "|", "\\", "^":
        result += percentEncoded(scalar)
      default:
        if scalar.value < 0x21 || scalar.value >= 0x7F {
          result += percentEncoded(scalar)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result.isEmpty ? nil : result
  }

  private static func percentEncoded(_ scalar: Unicode.Scalar) -> String {
    String(scalar).utf8.map { byte in
      let hex = String(byte, radix: 16, uppercase: true)
      return "%" + (hex.count == 1 ? "0" + hex : hex)
    }.joined()
  }

  /// The scheme, lowercased, when `reference` starts with one.
  private static func scheme(of reference: String) -> String? {
    guard let colon = reference.firstIndex(of: ":") else { return nil }
    let candidate = reference[..<colon]
    guard let first = candidate.first, first.isASCII, first.isLetter else { return nil }
    let valid = candidate.allSatisfy {
      $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0))
    }
    return valid ? candidate.lowercased() : nil
  }

  private static func isWeb(_ scheme: String) -> Bool { scheme == "http" || scheme == "https" }

  private static func checked(_ url: URL?) -> String? {
    guard let url, let scheme = url.scheme?.lowercased(), isWeb(scheme),
      let host = url.host, !host.isEmpty
    else { return nil }
    let text = url.absoluteString
    guard text.lowercased().hasPrefix(scheme + "://"), text.utf8.count <= maxLength else {
      return nil
    }
    return text
  }

  /// The host of an `http`/`https` URL, for naming a web page's source.
  static func host(of link: String) -> String? {
    guard let url = httpURL(link).flatMap(URL.init(string:)), let host = url.host else {
      return nil
    }
    return host.lowercased().hasPrefix("www.") ? String(host.dropFirst(4)) : host
  }
}
