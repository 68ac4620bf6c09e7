import Foundation

/// A fresh directory under the system temporary folder, removed on `deinit`.
///
/// Keep the value alive for as long as the test uses the folder, or use
/// ``withTemporaryDirectory(_:)``, which removes it when the body returns.
public final class TemporaryDirectory {
  /// The directory's location.
  public let url: URL

  /// Creates the directory (named `byline-test-<UUID>`).
  ///
  /// - Throws: the file system's error if it cannot be created.
  public init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-test-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }
}

/// Runs `body` with a fresh temporary directory and removes it afterwards.
///
/// - Throws: what `body` throws, or the error creating the directory.
public func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
  let directory = try TemporaryDirectory()
  return try withExtendedLifetime(directory) { try body(directory.url) }
}
