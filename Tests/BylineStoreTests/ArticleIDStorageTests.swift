import Foundation
import Testing

@testable import BylineStore

/// Ids behave exactly like their text, packed or not.
///
/// An id of 20 ASCII bytes is kept packed in integers; every other id as its string.
@Suite struct ArticleIDStorageTests {
  /// Texts of both forms: 20-byte ASCII ids (packed), other lengths and non-ASCII (strings).
  static let texts: [String] = {
    var random = SeededRandom(state: 20_261_125)
    let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz-A~".unicodeScalars)
    var texts = [
      "", "a", "0123456789abcdefghij", "0123456789abcdefghi", "0123456789abcdefghijk",
      "0123456789abcdefghi\u{e9}", "\u{e9}123456789abcdefghij", "zzzzzzzzzzzzzzzzzzzz",
      "00000000000000000000", "0000000000000000000", "000000000000000000000",
    ]
    for _ in 0..<400 {
      let count = [19, 20, 20, 20, 21, 3][Int(random.next() % 6)]
      var text = String.UnicodeScalarView()
      for _ in 0..<count { text.append(alphabet[Int(random.next() % UInt64(alphabet.count))]) }
      texts.append(String(text))
    }
    return texts
  }()

  @Test("the text round-trips, through rawValue, withUTF8, the UTF-8 initializer and Codable")
  func textRoundTrips() throws {
    for text in Self.texts {
      let id = ArticleID(text)
      #expect(id.rawValue == text)
      #expect(id.description == text)
      #expect(id.withUTF8 { Array($0) } == Array(text.utf8))
      let fromBytes = Array(text.utf8).withUnsafeBytes { ArticleID(utf8: $0) }
      #expect(fromBytes == id)
      let decoded = try JSONDecoder().decode(
        [ArticleID].self, from: JSONEncoder().encode([id]))
      #expect(decoded == [id])
    }
  }

  @Test("equality, hashing and order are the texts'")
  func behavesLikeItsText() {
    let ids = Self.texts.map { ArticleID($0) }
    for (leftText, left) in zip(Self.texts, ids) {
      for (rightText, right) in zip(Self.texts, ids).prefix(120) {
        #expect((left == right) == (leftText == rightText), "\(leftText) == \(rightText)")
        #expect((left < right) == (leftText < rightText), "\(leftText) < \(rightText)")
      }
    }
    #expect(Set(ids).count == Set(Self.texts).count)
    #expect(ids.sorted().map(\.rawValue) == Self.texts.sorted())
  }
}
