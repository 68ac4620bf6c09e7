import BylineScreen

extension AppState {
  /// Keys while the help overlay is open: scroll it, or close it.
  mutating func handleHelpKey(_ key: Key) -> [Effect] {
    switch key {
    case .character("j"), .down: helpScroll += 1
    case .character("k"), .up: helpScroll = max(0, helpScroll - 1)
    case .character(" "), .pageDown, .control("f"): helpScroll += max(1, height - 4)
    case .character("b"), .pageUp, .control("b"):
      helpScroll = max(0, helpScroll - max(1, height - 4))
    case .character("Q"), .control("c"):
      isQuitting = true
      return [.quit]
    default:
      isHelpVisible = false
    }
    return []
  }
}
