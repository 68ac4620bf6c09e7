import BylineCore
import BylineScreen
import Foundation
import Testing

@Suite struct KeyMapTests {
  @Test("No key has two actions in one context")
  func noConflicts() {
    #expect(KeyMap.standard.conflicts.isEmpty)
  }

  @Test("Every action has at least one key")
  func everyActionBound() {
    let bound = Set(KeyMap.standard.bindings.map(\.action))
    #expect(bound == Set(Action.allCases))
  }

  @Test("The same key does different things in the list and the reader")
  func contexts() {
    #expect(KeyMap.standard.action(for: .character("j"), in: .list) == .nextArticle)
    #expect(KeyMap.standard.action(for: .character("j"), in: .reader) == .scrollDown)
    #expect(KeyMap.standard.action(for: .character("q"), in: .list) == .quit)
    #expect(KeyMap.standard.action(for: .character("q"), in: .reader) == .backToList)
  }

  @Test("Key names round-trip through parse")
  func keyNamesRoundTrip() {
    for binding in KeyMap.standard.bindings {
      for key in binding.keys {
        #expect(KeyName.parse(KeyName.of(key)) == key, "\(KeyName.of(key))")
      }
    }
  }
}

@Suite struct DocumentationTests {
  static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")

  @Test("README's key table is the one generated from the key map (run `byline keys`)")
  func readmeKeyTable() throws {
    let text = try String(contentsOf: Self.readme, encoding: .utf8)
    #expect(text.contains(KeyMap.standard.markdownTable))
  }

  @Test("README names every theme element")
  func readmeThemeElements() throws {
    let text = try String(contentsOf: Self.readme, encoding: .utf8)
    for element in ThemeElement.allCases {
      #expect(text.contains("`\(element.rawValue)`"), "\(element.rawValue)")
    }
  }
}
