import BylineScreen

extension KeyMap {
  /// The names of the contexts in `context`, for messages (`list`, `reader`, `panel`).
  static func names(of context: KeyContext) -> String {
    let names: [(KeyContext, String)] = [(.list, "list"), (.reader, "reader"), (.panel, "panel")]
    return names.filter { context.contains($0.0) }.map(\.1).joined(separator: "/")
  }

  /// This key map with the `[keys]` entries of a config file applied.
  ///
  /// Each remapped action gets exactly the given keys, in every context the
  /// action already has (an empty list unbinds it). An entry whose keys
  /// would give one key two actions in one context is reported and not
  /// applied, so that action keeps its default keys; this repeats until no
  /// conflict is left, so the result never has a conflict a remap caused.
  ///
  /// - Parameters:
  ///   - remaps: the entries, from ``Config/keys``.
  ///   - file: names the file in messages.
  /// - Returns: the new key map and one problem per rejected entry.
  public func remapped(_ remaps: [KeyRemap], file: String) -> (
    keyMap: KeyMap, problems: [ConfigProblem]
  ) {
    var active: [Action: KeyRemap] = [:]
    for remap in remaps { active[remap.action] = remap }
    var problems: [ConfigProblem] = []
    while true {
      let candidate = applying(Array(active.values))
      guard let (remap, message) = firstConflict(in: candidate, remapped: active) else {
        return (candidate, problems)
      }
      active[remap.action] = nil
      let defaults = bindings.first { $0.action == remap.action }?.keys ?? []
      let kept = defaults.isEmpty ? "none" : defaults.map(KeyName.of).joined(separator: ", ")
      problems.append(
        ConfigProblem(
          file: file, line: remap.line, key: "keys.\(remap.action.name)",
          problem: "\(message); keeping the default keys (\(kept))"))
    }
  }

  /// The bindings with each remapped action's keys replaced.
  private func applying(_ remaps: [KeyRemap]) -> KeyMap {
    var result = self
    for remap in remaps {
      for index in result.bindings.indices where result.bindings[index].action == remap.action {
        result.bindings[index].keys = remap.keys
      }
    }
    return result
  }

  /// The last (by line) remapped entry that is part of a conflict in `map`, with a message.
  private func firstConflict(
    in map: KeyMap, remapped active: [Action: KeyRemap]
  ) -> (KeyRemap, String)? {
    let ordered = active.values.sorted {
      ($0.line ?? .max, $0.action.name) > ($1.line ?? .max, $1.action.name)
    }
    for remap in ordered {
      for binding in map.bindings where binding.action == remap.action {
        for other in map.bindings
        where other.action != remap.action && !other.context.intersection(binding.context).isEmpty {
          if let key = binding.keys.first(where: other.keys.contains) {
            let shared = Self.names(of: other.context.intersection(binding.context))
            return (
              remap,
              "\(KeyName.of(key)) is also bound to \(other.action.name) in the \(shared)"
            )
          }
        }
      }
    }
    return nil
  }
}
