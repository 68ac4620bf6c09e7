import Foundation

/// Finds Byline's data files (themes, sample articles) wherever Byline runs
/// from: `$BYLINE_DATA_DIR`, an installed `../share/byline` next to the
/// binary, SwiftPM's resource bundle beside the binary, or the source tree.
///
/// `Bundle.module` is not used: on Linux it aborts when its bundle is missing.
enum ResourceLocator {
  /// The directory holding the running executable.
  static var executableDirectory: URL? {
    let path =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments.first
    guard let path, !path.isEmpty else { return nil }
    return URL(fileURLWithPath: path).resolvingSymlinksInPath().deletingLastPathComponent()
  }

  /// The repository root, when running from a source checkout.
  static var sourceRoot: URL {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent()  // byline
      .deletingLastPathComponent()  // Sources
      .deletingLastPathComponent()
  }

  /// Candidate directories for `name` (`themes` or `samples`), most specific first.
  static func candidates(for name: String) -> [URL] {
    var result: [URL] = []
    if let data = ProcessInfo.processInfo.environment["BYLINE_DATA_DIR"], !data.isEmpty {
      result.append(URL(fileURLWithPath: data).appendingPathComponent(name))
    }
    if let exe = executableDirectory {
      result.append(exe.appendingPathComponent("../share/byline/\(name)").standardized)
      result.append(exe.appendingPathComponent("byline_byline.resources/\(name)"))
    }
    switch name {
    case "samples":
      result.append(sourceRoot.appendingPathComponent("Sources/byline/Resources/samples"))
    default:
      result.append(sourceRoot.appendingPathComponent(name))
    }
    return result
  }

  /// The first existing directory for `name`, if any.
  static func directory(_ name: String) -> URL? {
    candidates(for: name).first { url in
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        && isDirectory.boolValue
    }
  }
}
