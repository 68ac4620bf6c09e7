import BylineScreen

/// A tiny JSON writer whose strings are safe to print to a terminal: every
/// control character (C0, DEL, C1) and bidi control is escaped as `\uXXXX`.
enum JSONText {
  /// A JSON value.
  indirect enum Value {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([Value])
    case object([(String, Value)])
  }

  /// `value` as JSON text, pretty-printed with two-space indentation.
  static func render(_ value: Value, indent: String = "") -> String {
    switch value {
    case .string(let s): return quote(s)
    case .int(let n): return String(n)
    case .bool(let b): return b ? "true" : "false"
    case .null: return "null"
    case .array(let items):
      guard !items.isEmpty else { return "[]" }
      let inner = indent + "  "
      return "[\n" + items.map { inner + render($0, indent: inner) }.joined(separator: ",\n")
        + "\n" + indent + "]"
    case .object(let fields):
      guard !fields.isEmpty else { return "{}" }
      let inner = indent + "  "
      return "{\n"
        + fields.map { inner + quote($0.0) + ": " + render($0.1, indent: inner) }
        .joined(separator: ",\n") + "\n" + indent + "}"
    }
  }

  /// `text` as a JSON string literal.
  static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if Sanitizer.isUnsafeForTerminal(scalar) {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
