import Foundation
import Testing

/// Compares `actual` with the baseline `Snapshots/<name>.txt` next to the calling test file.
///
/// When the file is missing, or the environment has `RECORD_SNAPSHOTS=1`, the
/// baseline is (re)written and the test *fails* with "Recorded new baseline",
/// so a missing snapshot is never silently green. On a mismatch the failure
/// shows a line diff (`-` expected, `+` actual, with line numbers).
///
/// - Parameters:
///   - actual: the text to check, typically `screen.snapshot(legend:)`.
///   - name: the baseline's file name without `.txt`, e.g. `reader_80x24`.
///   - filePath: the calling test file (leave the default).
///   - sourceLocation: where to report a failure (leave the default).
public func assertSnapshot(
  _ actual: String,
  named name: String,
  filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots", isDirectory: true)
  let file = directory.appendingPathComponent(name + ".txt")
  let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
  let expected = try? String(contentsOf: file, encoding: .utf8)
  if recording || expected == nil {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try actual.write(to: file, atomically: true, encoding: .utf8)
      Issue.record(
        "Recorded new baseline at \(file.path); check it and run again.",
        sourceLocation: sourceLocation)
    } catch {
      Issue.record(
        "Could not record baseline at \(file.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard let expected, expected != actual else { return }
  let message =
    "Snapshot '\(name)' differs from \(file.path) (- expected, + actual; "
    + "RECORD_SNAPSHOTS=1 re-records):\n" + LineDiff.describe(expected: expected, actual: actual)
  Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
}
