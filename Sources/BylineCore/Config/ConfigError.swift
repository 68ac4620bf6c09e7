/// Something wrong in a configuration file: where, which key, and what is allowed.
///
/// Problems never stop Byline from starting: the entry in question keeps its
/// default, and the reader shows the message in its status bar (the
/// non-interactive commands print it on standard error).
public struct ConfigProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file, as given to the parser.
  public var file: String
  /// The 1-based line, when it could be found.
  public var line: Int?
  /// The key, such as `reading-width` or `keys.quit`; nil for the whole file.
  public var key: String?
  /// What is wrong and what would be right.
  public var problem: String

  /// Creates a problem report.
  public init(file: String, line: Int?, key: String?, problem: String) {
    self.file = file
    self.line = line
    self.key = key
    self.problem = problem
  }

  /// The message: `Config PATH:LINE 'KEY': problem`.
  public var description: String {
    var place = file
    if let line { place += ":\(line)" }
    let subject = key.map { " '\($0)'" } ?? ""
    return "Config \(place)\(subject): \(problem)"
  }
}
