import BylineTestSupport
import Foundation

@testable import BylineEntities

/// Loads shared data and the bundled model once per test process.
enum SharedFixtures {
  static let recognizer: PerceptronRecognizer? = try? PerceptronRecognizer.bundled()

  /// The text of a shared file, or nil (with a printed reason) when absent.
  static func text(_ relativePath: String, filePath: String = #filePath) -> String? {
    guard let url = SharedData.require(relativePath, filePath: filePath),
      let data = FileManager.default.contents(atPath: url.path)
    else { return nil }
    return String(decoding: data, as: UTF8.self)
  }

}
