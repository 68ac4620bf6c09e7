import Foundation

/// Finds `ner-en.model` without `Bundle.module` (which aborts on Linux when
/// the resource bundle is missing).
///
/// Search order: `$BYLINE_MODEL`; `byline_BylineEntities.resources/ner-en.model`
/// next to the running executable or in one of its parent directories (test
/// binaries live inside `.xctest` bundles); `<exe dir>/../share/byline/`; the
/// source tree (`#filePath`).
enum ModelLocator {
  static let fileName = "ner-en.model"
  static let bundleName = "byline_BylineEntities.resources"

  /// Candidate paths, in search order.
  static func candidates(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    executable: String? = executablePath(), sourceFile: String = #filePath
  ) -> [String] {
    var paths: [String] = []
    if let override = environment["BYLINE_MODEL"], !override.isEmpty { paths.append(override) }
    if let executable {
      var directory = URL(fileURLWithPath: executable).deletingLastPathComponent()
      let executableDirectory = directory
      for _ in 0..<5 {
        paths.append(
          directory.appendingPathComponent(bundleName).appendingPathComponent(fileName).path)
        paths.append(
          directory.appendingPathComponent("byline_BylineEntities.bundle/Contents/Resources")
            .appendingPathComponent(fileName).path)
        let parent = directory.deletingLastPathComponent()
        if parent.path == directory.path { break }
        directory = parent
      }
      paths.append(
        executableDirectory.deletingLastPathComponent().appendingPathComponent("share/byline")
          .appendingPathComponent(fileName).standardized.path)
    }
    // This file is Sources/BylineEntities/Model/ModelLocator.swift.
    let moduleDirectory = URL(fileURLWithPath: sourceFile).deletingLastPathComponent()
      .deletingLastPathComponent()
    paths.append(
      moduleDirectory.appendingPathComponent("Resources").appendingPathComponent(fileName).path)
    return paths
  }

  /// The first candidate that exists as a regular file.
  static func locate() throws(EntityModelError) -> String {
    let paths = candidates()
    var isDirectory: ObjCBool = false
    for path in paths
    where FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && !isDirectory.boolValue
    {
      return path
    }
    throw .notFound(searched: paths)
  }

  /// The running executable's path, from `/proc/self/exe` or `argv[0]`.
  static func executablePath() -> String? {
    if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return resolved
    }
    guard let first = CommandLine.arguments.first, !first.isEmpty else { return nil }
    return URL(fileURLWithPath: first).standardized.path
  }
}
