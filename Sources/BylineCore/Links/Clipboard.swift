/// The OSC 52 escape sequence that asks the terminal to put text on the clipboard.
///
/// `ESC ] 52 ; c ; <base64> BEL`. Many terminals (xterm with
/// `allowWindowOps`, kitty, iTerm2, WezTerm, foot, tmux with
/// `set-clipboard on`) honour it, also over ssh; others ignore it silently,
/// which is why the reader also shows the URL in the status bar. Pure: the
/// run loop decides when to write the bytes.
public enum Clipboard {
  /// The longest text copied, in bytes (some terminals drop longer sequences).
  public static let maximumBytes = 8192

  /// The sequence that copies `text`, or nil if it is empty or too long.
  ///
  /// The text is base64-encoded, so no byte of it can end or change the
  /// sequence; copy a URL that ``LinkSafety/check(_:)`` returned.
  public static func osc52(copying text: String) -> String? {
    let bytes = Array(text.utf8)
    guard !bytes.isEmpty, bytes.count <= maximumBytes else { return nil }
    return "\u{1B}]52;c;" + base64(bytes) + "\u{07}"
  }

  /// Standard base64 (RFC 4648) with `=` padding.
  static func base64(_ bytes: [UInt8]) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var out: [UInt8] = []
    out.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index < bytes.count {
      let b0 = UInt32(bytes[index])
      let b1 = index + 1 < bytes.count ? UInt32(bytes[index + 1]) : 0
      let b2 = index + 2 < bytes.count ? UInt32(bytes[index + 2]) : 0
      let group = b0 << 16 | b1 << 8 | b2
      out.append(alphabet[Int(group >> 18 & 63)])
      out.append(alphabet[Int(group >> 12 & 63)])
      out.append(index + 1 < bytes.count ? alphabet[Int(group >> 6 & 63)] : UInt8(ascii: "="))
      out.append(index + 2 < bytes.count ? alphabet[Int(group & 63)] : UInt8(ascii: "="))
      index += 3
    }
    return String(decoding: out, as: UTF8.self)
  }
}
