/// Checks an article's URL before anything opens it.
///
/// A URL comes from an article file, so it is untrusted: it could name a
/// local file, run script (`javascript:`), hide its real host behind
/// credentials (`https://bank.com@evil.example/`), or start with `-` so that
/// a browser reads it as an option. ``check(_:)`` accepts only `http` and
/// `https` URLs with a host and no user information, and returns the one
/// argument to pass to the browser: the URL with every character that is
/// unsafe in a URL (spaces, quotes, `;|&$<>\``, backslashes, controls and
/// non-ASCII) percent-encoded, so even a program that hands its argument to
/// a shell sees only URL characters.
public enum LinkSafety {
  /// The longest URL Byline will open, in bytes after encoding.
  public static let maximumLength = 4096

  /// Why a URL was not opened.
  public enum Refusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// The article has no URL.
    case empty
    /// Not `http:` or `https:` (such as `javascript:`, `file:`, `data:`).
    case scheme(String)
    /// No `scheme://host` part.
    case noHost
    /// `user@` or `user:password@` before the host, a common disguise.
    case credentials
    /// Longer than ``LinkSafety/maximumLength`` bytes.
    case tooLong(Int)

    /// A message for the status bar.
    public var description: String {
      switch self {
      case .empty:
        "This article has no link."
      case .scheme(let scheme):
        "Not opening a \(scheme.isEmpty ? "link without a scheme" : "'\(scheme):' link"): "
          + "only http and https links are opened."
      case .noHost:
        "Not opening the link: it has no host (expected https://host/…)."
      case .credentials:
        "Not opening the link: it has a user name or password before the host, "
          + "which can disguise where it leads."
      case .tooLong(let length):
        "Not opening the link: it is \(length) bytes long (at most \(LinkSafety.maximumLength))."
      }
    }
  }

  /// The argument to give the browser for `url`, or why it must not be opened.
  ///
  /// Surrounding whitespace is trimmed; the scheme is matched without case
  /// and written in lowercase.
  public static func check(_ url: String) -> Result<String, Refusal> {
    let trimmed = url.trimmingASCIIWhitespace()
    guard !trimmed.isEmpty else { return .failure(.empty) }
    guard let colon = trimmed.firstIndex(of: ":") else { return .failure(.scheme("")) }
    let scheme = String(trimmed[..<colon])
    let lowerScheme = scheme.lowercased()
    guard lowerScheme == "http" || lowerScheme == "https" else {
      let shown = scheme.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 } ? scheme : "?"
      return .failure(.scheme(String(shown.prefix(20))))
    }
    // Checked after encoding, so the host is judged exactly as the browser
    // will read the argument (a backslash before an `@` cannot hide credentials).
    let rest = percentEncoded(trimmed[trimmed.index(after: colon)...])
    guard rest.hasPrefix("//") else { return .failure(.noHost) }
    let authority = rest.dropFirst(2).prefix { !"/?#".contains($0) }
    guard !authority.contains("@") else { return .failure(.credentials) }
    let host =
      authority.hasPrefix("[")
      ? authority.prefix { $0 != "]" }.dropFirst()  // an IPv6 literal
      : authority.prefix { $0 != ":" }
    let isHostCharacter: (Unicode.Scalar) -> Bool = {
      $0.properties.isAlphabetic || ("0"..."9").contains($0)
    }
    guard host.unicodeScalars.contains(where: isHostCharacter) else { return .failure(.noHost) }
    let encoded = lowerScheme + ":" + rest
    guard encoded.utf8.count <= maximumLength else {
      return .failure(.tooLong(encoded.utf8.count))
    }
    return .success(encoded)
  }

  /// Bytes left as they are: letters, digits, `-._~:/?#[]@!*+,=` and `%`.
  ///
  /// Everything else is encoded, including the URL sub-delimiters a shell
  /// treats specially (`$&'();`), so a browser wrapper script that passes its
  /// argument through a shell still sees nothing to run. (An `&` between
  /// query parameters becomes `%26`; that is the price of that guarantee.)
  static func isKept(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      return true
    default:
      return "-._~:/?#[]@!*+,=%".utf8.contains(byte)
    }
  }

  /// `text` with every byte outside ``isKept(_:)`` written as `%XX`.
  static func percentEncoded(_ text: Substring) -> String {
    let hex = Array("0123456789ABCDEF".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      if isKept(byte) {
        out.append(byte)
      } else {
        out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces, tabs and line breaks.
  fileprivate func trimmingASCIIWhitespace() -> Substring {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    let string = Substring(self)
    guard let start = string.firstIndex(where: { !isSpace($0) }),
      let end = string.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return string[start...end]
  }
}
