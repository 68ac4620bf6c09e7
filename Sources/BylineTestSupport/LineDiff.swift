/// A readable line diff for test failures (longest common subsequence).
public enum LineDiff {
  /// The lines of `expected` and `actual` that differ, as `-`/`+` lines with
  /// 1-based line numbers, plus unchanged lines as context around them.
  ///
  /// Falls back to listing both texts whole when they are very long (over
  /// 2,000 lines), where the quadratic LCS table would be too costly.
  public static func describe(expected: String, actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard old.count <= 2_000, new.count <= 2_000 else {
      return "--- expected\n\(expected)\n+++ actual\n\(actual)"
    }
    var table = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
    for i in stride(from: old.count - 1, through: 0, by: -1) {
      for j in stride(from: new.count - 1, through: 0, by: -1) {
        table[i][j] =
          old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var lines: [String] = []
    var i = 0
    var j = 0
    while i < old.count || j < new.count {
      if i < old.count, j < new.count, old[i] == new[j] {
        lines.append("   \(j + 1)  \(new[j])")
        i += 1
        j += 1
      } else if i < old.count, j == new.count || table[i + 1][j] >= table[i][j + 1] {
        lines.append("-  \(i + 1)  \(old[i])")
        i += 1
      } else {
        lines.append("+  \(j + 1)  \(new[j])")
        j += 1
      }
    }
    return lines.joined(separator: "\n")
  }
}
