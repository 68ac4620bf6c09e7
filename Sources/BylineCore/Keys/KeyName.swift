import BylineScreen

/// Human names for keys (`Ctrl-F`, `PgDn`, `Space`), as the help shows them.
public enum KeyName {
  /// The name of `key` as shown in help and accepted in configuration.
  public static func of(_ key: Key) -> String {
    switch key {
    case .character(" "): "Space"
    case .character(let c): String(c)
    case .control(let c): "Ctrl-" + String(c).uppercased()
    case .up: "Up"
    case .down: "Down"
    case .left: "Left"
    case .right: "Right"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .home: "Home"
    case .end: "End"
    case .enter: "Enter"
    case .escape: "Esc"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .backspace: "Backspace"
    case .delete: "Delete"
    case .insert: "Insert"
    case .function(let n): "F\(n)"
    }
  }

  /// Parses a key name as `of(_:)` writes it; nil for an unknown name.
  public static func parse(_ name: String) -> Key? {
    let named: [String: Key] = [
      "space": .character(" "), "up": .up, "down": .down, "left": .left, "right": .right,
      "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
      "home": .home, "end": .end, "enter": .enter, "return": .enter, "esc": .escape,
      "escape": .escape, "tab": .tab, "shift-tab": .backTab, "backspace": .backspace,
      "delete": .delete, "insert": .insert,
    ]
    if let key = named[name.lowercased()] { return key }
    if name.count == 1, let c = name.first { return .character(c) }
    let lower = name.lowercased()
    if lower.hasPrefix("ctrl-"), name.count == 6, let c = lower.last, c.isLetter {
      return .control(c)
    }
    if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
      return .function(n)
    }
    return nil
  }
}
