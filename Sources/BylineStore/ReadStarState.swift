/// Which articles are read and which are starred.
///
/// Built by replaying the state journal: one change per line, `read <id>`,
/// `unread <id>`, `star <id>` or `unstar <id>`, later lines winning. Lines
/// that are not one of these (blank, `#` comments, torn or garbled lines,
/// bad ids) are ignored, so a damaged line costs at most that one change.
public struct ReadStarState: Equatable, Sendable {
  /// Articles marked read.
  public var read: Set<ArticleID> = []
  /// Articles marked starred.
  public var starred: Set<ArticleID> = []

  /// A state with these read and starred articles (nothing by default).
  public init(read: Set<ArticleID> = [], starred: Set<ArticleID> = []) {
    self.read = read
    self.starred = starred
  }

  /// One journal change.
  enum Change: String, Sendable {
    case read, unread, star, unstar
  }

  /// Applies one change.
  mutating func apply(_ change: Change, _ id: ArticleID) {
    switch change {
    case .read: read.insert(id)
    case .unread: read.remove(id)
    case .star: starred.insert(id)
    case .unstar: starred.remove(id)
    }
  }

  /// Replays journal text; returns the state and how many lines it had.
  static func replay(_ text: Substring) -> (state: ReadStarState, lines: Int) {
    var state = ReadStarState()
    var lines = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      lines += 1
      let parts = line.split(separator: " ", omittingEmptySubsequences: true)
      guard parts.count == 2, let change = Change(rawValue: String(parts[0])),
        ArticleID.isValid(String(parts[1]))
      else { continue }
      state.apply(change, ArticleID(String(parts[1])))
    }
    return (state, lines)
  }

  /// The journal line for a change.
  static func line(_ change: Change, _ id: ArticleID) -> String { "\(change.rawValue) \(id)\n" }

  /// The shortest journal that replays to this state, sorted so it diffs well.
  func compactedJournal() -> String {
    var text = "# byline read/star journal v1: lines 'read|unread|star|unstar <id>'\n"
    for id in read.sorted() { text += Self.line(.read, id) }
    for id in starred.sorted() { text += Self.line(.star, id) }
    return text
  }
}
