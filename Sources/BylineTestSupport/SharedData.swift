import Foundation

/// Locates the team's shared data folder (`<repo>/../shared`) from a test file.
///
/// Tests that need the shared corpora call ``require(_:filePath:)`` and return
/// early on `nil`; the reason is printed as `skipped: …` so a skip is visible.
public enum SharedData {
  /// The repository root: the nearest folder above `filePath` holding `Package.swift`.
  public static func repositoryRoot(filePath: String = #filePath) -> URL? {
    var directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    while directory.path != "/" && !directory.path.isEmpty {
      let manifest = directory.appendingPathComponent("Package.swift").path
      if FileManager.default.fileExists(atPath: manifest) { return directory }
      directory = directory.deletingLastPathComponent()
    }
    return nil
  }

  /// `<repo>/../shared`, if it exists.
  public static func directory(filePath: String = #filePath) -> URL? {
    guard let root = repositoryRoot(filePath: filePath) else { return nil }
    let shared = root.deletingLastPathComponent()
      .appendingPathComponent("shared", isDirectory: true).standardizedFileURL
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: shared.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { return nil }
    return shared
  }

  /// The shared file or folder at `relativePath`, or `nil` after printing why it was skipped.
  ///
  /// - Parameter relativePath: a path inside the shared folder, e.g. `samples/articles`.
  public static func require(_ relativePath: String, filePath: String = #filePath) -> URL? {
    guard let shared = directory(filePath: filePath) else {
      print("skipped: shared data folder ../shared not found next to the repository")
      return nil
    }
    let url = shared.appendingPathComponent(relativePath)
    guard FileManager.default.fileExists(atPath: url.path) else {
      print("skipped: \(relativePath) not found in \(shared.path)")
      return nil
    }
    return url
  }
}
