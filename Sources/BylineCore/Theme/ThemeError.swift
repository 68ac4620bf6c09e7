/// A theme file that could not be used, with where and why.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var key: String?
  public var problem: String

  public init(file: String, line: Int?, key: String?, problem: String) {
    self.file = file
    self.line = line
    self.key = key
    self.problem = problem
  }

  public var description: String {
    var place = file
    if let line { place += ":\(line)" }
    let subject = key.map { " '\($0)'" } ?? ""
    return "Theme \(place)\(subject): \(problem)."
  }
}
