import BylineCore
import BylineScreen
import Foundation
import Testing

@Suite struct ThemeTests {
  static let themesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("themes")

  @Test("Every bundled theme loads and tells people from organizations without colour")
  func bundledThemesLoad() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesDirectory.path)
      .filter { $0.hasSuffix(".toml") }
    #expect(
      Set(files).isSuperset(of: ["default.toml", "light.toml", "nord.toml", "monochrome.toml"]))
    for file in files {
      let text = try String(
        contentsOf: Self.themesDirectory.appendingPathComponent(file), encoding: .utf8)
      let theme = try ThemeParser.parse(text, file: file, name: file)
      let colourless = theme.adapted(toColors: false)
      #expect(colourless[.person] != colourless[.organization], "\(file)")
      #expect(colourless[.person] != colourless[.body], "\(file)")
      #expect(colourless[.organization] != colourless[.body], "\(file)")
    }
  }

  @Test("Every bundled theme marks the panel's selected entity over people and organizations")
  func selectedEntityStyled() throws {
    for file in ["default.toml", "light.toml", "nord.toml", "monochrome.toml"] {
      let text = try String(
        contentsOf: Self.themesDirectory.appendingPathComponent(file), encoding: .utf8)
      let theme = try ThemeParser.parse(text, file: file, name: file)
      #expect(text.contains("[selected-entity]"), "\(file) styles selected-entity itself")
      for kind in [ThemeElement.person, .organization] {
        let marked = theme[.body].overlaid(with: theme[kind]).overlaid(with: theme[.selectedEntity])
        #expect(marked != theme[.body].overlaid(with: theme[kind]), "\(file) \(kind)")
      }
    }
    let mono = try ThemeParser.parse(
      String(
        contentsOf: Self.themesDirectory.appendingPathComponent("monochrome.toml"), encoding: .utf8),
      file: "monochrome.toml", name: "monochrome")
    #expect(mono[.selectedEntity].attributes.contains(.reverse))
  }

  @Test("Colours parse as names, numbers and hex")
  func colours() throws {
    let theme = try ThemeParser.parse(
      """
      [person]
      fg = "bright-red"
      bg = "#102030"
      [organization]
      fg = 42
      """.replacingOccurrences(of: "fg = 42", with: "fg = \"42\""), file: "t.toml", name: "t")
    #expect(theme[.person].foreground == .ansi(9))
    #expect(theme[.person].background == .rgb(0x10, 0x20, 0x30))
    #expect(theme[.organization].foreground == .indexed(42))
  }

  @Test("An element table defines the whole style; elements left out keep the fallback")
  func elementTablesAreComplete() throws {
    let theme = try ThemeParser.parse(
      "[list-selected]\nfg = \"black\"\nbg = \"cyan\"\n", file: "t.toml", name: "t")
    #expect(theme[.listSelected] == Style(foreground: .ansi(0), background: .ansi(6)))
    #expect(theme[.person] == Theme.fallback[.person])
  }

  @Test("A bad colour names the file, line and key")
  func badColourError() {
    let text = "name = \"x\"\n\n[person]\nattrs = [\"bold\"]\nfg = \"blu\"\n"
    #expect(throws: ThemeError.self) { try ThemeParser.parse(text, file: "mine.toml", name: "x") }
    do {
      _ = try ThemeParser.parse(text, file: "mine.toml", name: "x")
    } catch {
      #expect(error.description.contains("mine.toml:5"))
      #expect(error.description.contains("person.fg"))
    }
  }

  @Test("An unknown element and broken TOML are reported with a line")
  func unknownElementAndSyntax() {
    do {
      _ = try ThemeParser.parse("[persn]\nfg = \"red\"\n", file: "a.toml", name: "a")
      Issue.record("expected an error")
    } catch {
      #expect(error.description.contains("a.toml:1"))
      #expect(error.description.contains("persn"))
    }
    do {
      _ = try ThemeParser.parse("[person\nfg = \n", file: "b.toml", name: "b")
      Issue.record("expected an error")
    } catch {
      #expect(error.description.contains("b.toml:"))
    }
  }
}
