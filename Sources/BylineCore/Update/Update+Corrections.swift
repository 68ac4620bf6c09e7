import BylineScreen
import BylineStore

extension AppState {
  /// `x` in the panel (with `.reject`): records a correction for the selected entity.
  mutating func correctSelectedEntity(_ decision: EntityCorrections.Decision) -> [Effect] {
    guard let entity = selectedPanelEntity else {
      message = StatusMessage("Select a person or organization first.")
      return []
    }
    message = StatusMessage(
      "“\(entity.name)” is no longer highlighted or listed (in every article).")
    return [.correctEntity(name: entity.name, decision)]
  }

  /// `t` in the panel: the selected entity becomes the other kind, everywhere.
  mutating func correctSelectedEntityKind() -> [Effect] {
    guard let entity = selectedPanelEntity else {
      message = StatusMessage("Select a person or organization first.")
      return []
    }
    let kind: ArticleEntity.Kind = entity.kind == .person ? .organization : .person
    message = StatusMessage(
      "“\(entity.name)” is now \(kind == .person ? "a person" : "an organization").")
    return [.correctEntity(name: entity.name, .kind(kind))]
  }

  /// Keys while the `a` prompt is open.
  mutating func editEntityPrompt(_ key: Key) -> [Effect] {
    guard var prompt = entityPrompt else { return [] }
    if case .escape = key {
      entityPrompt = nil
      return []
    }
    if case .control("c") = key {
      entityPrompt = nil
      return []
    }
    if prompt.isChoosingKind {
      let kind: ArticleEntity.Kind
      switch key {
      case .character("p"), .character("P"): kind = .person
      case .character("o"), .character("O"): kind = .organization
      default: return []
      }
      entityPrompt = nil
      message = StatusMessage(
        "“\(prompt.name)” will be highlighted as \(kind == .person ? "a person" : "an organization") wherever it occurs."
      )
      return [.correctEntity(name: prompt.name, .kind(kind))]
    }
    switch key {
    case .character(let c): prompt.name.append(c)
    case .backspace:
      if prompt.name.isEmpty {
        entityPrompt = nil
        return []
      }
      prompt.name.removeLast()
    case .control("u"): prompt.name = ""
    case .enter:
      prompt.name = Sanitizer.singleLine(prompt.name)
      guard !prompt.name.isEmpty else {
        entityPrompt = nil
        return []
      }
      prompt.isChoosingKind = true
    default: break
    }
    entityPrompt = prompt
    return []
  }
}
