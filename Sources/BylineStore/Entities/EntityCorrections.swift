import Foundation

/// The user's corrections to the recognizer, kept in `<store>/corrections`.
///
/// A small text file a person can read and edit; one correction per line,
/// a verb and a name, later lines winning:
///
/// ```
/// # Byline entity corrections
/// person        Honor          <- Honor is a person (wherever named: a new entity if needed)
/// organization  Silicon UK
/// not-entity    Reuters Pro    <- never highlight or list it
/// ```
///
/// Names match case-insensitively, against an entity's canonical name (and
/// in the reader, against the words of a mention). Corrections live in the
/// store, not in the cache, so they survive index rebuilds and new models.
public struct EntityCorrections: Hashable, Sendable {
  /// What to do with one name.
  public enum Decision: Hashable, Sendable {
    case keep
    case reject
    case kind(ArticleEntity.Kind)
  }

  /// One line of the file.
  public enum Line: Hashable, Sendable {
    case comment(String)
    case correction(name: String, decision: Decision)
    /// A line that could not be understood, kept as it was.
    case unreadable(String)
  }

  public private(set) var lines: [Line]
  private var byName: [String: (name: String, decision: Decision)]

  public init(lines: [Line] = [Self.headerComment]) {
    self.lines = lines
    byName = [:]
    for case .correction(let name, let decision) in lines {
      byName[name.lowercased()] = (name, decision)
    }
  }

  /// The comment at the top of a new file.
  public static let headerComment = Line.comment(
    "# Byline entity corrections: `person NAME`, `organization NAME` or `not-entity NAME`.")

  public var isEmpty: Bool { byName.isEmpty }

  /// The decision for an entity named `name`.
  public func decision(for name: String) -> Decision {
    byName[name.lowercased()]?.decision ?? .keep
  }

  /// Names the user declared an entity of some kind, with that kind, sorted by name.
  public var declared: [(name: String, kind: ArticleEntity.Kind)] {
    byName.values.compactMap { entry in
      if case .kind(let kind) = entry.decision { return (entry.name, kind) }
      return nil
    }.sorted { $0.name.lowercased() < $1.name.lowercased() }
  }

  /// Records `decision` for `name`, replacing earlier lines about the same name.
  public mutating func set(_ decision: Decision, for name: String) {
    let name = name.split(whereSeparator: { $0.isWhitespace || $0.isNewline })
      .joined(separator: " ")
    guard !name.isEmpty else { return }
    let key = name.lowercased()
    lines.removeAll {
      if case .correction(let other, _) = $0 { return other.lowercased() == key }
      return false
    }
    if decision == .keep {
      byName[key] = nil
    } else {
      lines.append(.correction(name: name, decision: decision))
      byName[key] = (name, decision)
    }
  }

  /// Problems found while parsing: line numbers (1-based) and what is wrong.
  public private(set) var problems: [(line: Int, message: String)] = []

  /// Parses the file's text; lines it cannot read are kept and reported.
  public static func parse(_ text: String) -> EntityCorrections {
    var lines: [Line] = []
    var problems: [(line: Int, message: String)] = []
    for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") {
        lines.append(.comment(line))
        continue
      }
      let verb = trimmed.prefix { !$0.isWhitespace }
      let name = trimmed.dropFirst(verb.count).trimmingCharacters(in: .whitespaces)
      let decision: Decision?
      switch verb.lowercased() {
      case "not-entity", "not", "reject": decision = .reject
      default: decision = ArticleEntity.Kind(name: String(verb)).map { .kind($0) }
      }
      guard let decision, !name.isEmpty else {
        lines.append(.unreadable(line))
        problems.append(
          (
            number + 1,
            "expected `person NAME`, `organization NAME` or `not-entity NAME`, found \"\(trimmed.prefix(40))\""
          ))
        continue
      }
      lines.append(.correction(name: name, decision: decision))
    }
    while lines.count > 1, lines.last == .comment("") { lines.removeLast() }
    var corrections = EntityCorrections(lines: lines)
    corrections.problems = problems
    return corrections
  }

  /// The file's text.
  public var text: String {
    lines.map { line in
      switch line {
      case .comment(let text), .unreadable(let text): return text
      case .correction(let name, let decision):
        let verb: String
        switch decision {
        case .keep, .reject: verb = "not-entity"
        case .kind(let kind): verb = kind.name
        }
        return verb.padding(toLength: 14, withPad: " ", startingAt: 0) + name
      }
    }.joined(separator: "\n") + "\n"
  }

  public static func == (a: EntityCorrections, b: EntityCorrections) -> Bool { a.lines == b.lines }
  public func hash(into hasher: inout Hasher) { hasher.combine(lines) }
}
