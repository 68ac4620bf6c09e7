extension KeyMap {
  /// The key table as Markdown, for the README and `byline keys`.
  public var markdownTable: String {
    var lines = ["| Where | Keys | Action | Config name |", "| --- | --- | --- | --- |"]
    let sections: [(String, KeyContext)] = [
      ("list", .list), ("reader", .reader), ("panel", .panel),
      ("people & organizations", .directory),
      ("everywhere", .everywhere),
    ]
    for (title, context) in sections {
      for binding in bindings where binding.context == context {
        let keys = binding.keys.map { "`\(KeyName.of($0))`" }.joined(separator: " ")
        lines.append("| \(title) | \(keys) | \(binding.help) | `\(binding.action.name)` |")
      }
    }
    return lines.joined(separator: "\n")
  }
}
