import BylineCore
import BylineScreen
import Foundation
import Testing

/// `config.toml` (issue #6): every option, its default, and problems that name file, line and key.
@Suite struct ConfigTests {
  static func parse(_ text: String) -> ConfigParser.Result {
    ConfigParser.parse(text, file: "config.toml", home: "/home/ada")
  }

  @Test("An empty file gives the documented defaults and no problems")
  func emptyFileGivesDefaults() {
    let result = Self.parse("")
    #expect(result.problems.isEmpty)
    let config = result.config
    #expect(config == Config.defaults)
    #expect(config.theme == nil && config.store == nil)
    #expect(config.highlight == .all)
    #expect(config.listWidth == .automatic)
    #expect(config.readingWidth == 80)
    #expect(config.dateFormat == .iso)
    #expect(config.sort == .date && !config.sortReversed)
    #expect(config.markReadOnOpen && !config.mouse)
    #expect(config.keys.isEmpty)
  }

  @Test("Every option is read")
  func everyOptionIsRead() {
    let result = Self.parse(
      """
      # My settings
      theme = "nord"
      store = "~/news"
      highlight = "people"
      list-width = "40%"
      reading-width = 72
      date-format = "long"
      sort = "source"
      sort-reversed = true
      mark-read-on-open = false
      mouse = true

      [keys]
      next-article = ["J", "Ctrl-N"]
      quit = "x"
      """)
    #expect(result.problems.isEmpty, "\(result.problems)")
    let config = result.config
    #expect(config.theme == "nord")
    #expect(config.store == "/home/ada/news")
    #expect(config.highlight == .peopleOnly)
    #expect(config.listWidth == .percent(40))
    #expect(config.readingWidth == 72)
    #expect(config.dateFormat == .long)
    #expect(config.sort == .source && config.sortReversed)
    #expect(!config.markReadOnOpen && config.mouse)
    #expect(
      config.keys == [
        KeyRemap(action: .nextArticle, keys: [.character("J"), .control("n")], line: 14),
        KeyRemap(action: .quit, keys: [.character("x")], line: 15),
      ])
  }

  @Test("list-width takes columns, a percentage or auto")
  func listWidthForms() {
    #expect(Self.parse("list-width = 30").config.listWidth == .columns(30))
    #expect(Self.parse("list-width = \"25%\"").config.listWidth == .percent(25))
    #expect(Self.parse("list-width = \"auto\"").config.listWidth == .automatic)
    #expect(Config.ListWidth.percent(25).columns(ofWindow: 120) == 30)
    #expect(Config.ListWidth.columns(50).columns(ofWindow: 40) == 40)
    #expect(Config.ListWidth.automatic.columns(ofWindow: 120) == nil)
  }

  @Test("An unknown key names the file, its line and the known options, and the rest still applies")
  func unknownKeyHasLine() {
    let result = Self.parse("theme = \"light\"\n\nreadingwidth = 60\nmouse = true\n")
    #expect(result.problems.count == 1)
    let problem = result.problems.first
    #expect(problem?.line == 3)
    #expect(problem?.key == "readingwidth")
    #expect(
      problem?.description.hasPrefix("Config config.toml:3 'readingwidth': unknown option") == true)
    #expect(problem?.description.contains("reading-width") == true)
    #expect(result.config.theme == "light" && result.config.mouse)
    #expect(result.config.readingWidth == 80)
  }

  @Test("Bad values are reported with what is allowed, and keep their defaults")
  func badValuesKeepDefaults() {
    let result = Self.parse(
      """
      highlight = "everyone"
      list-width = "95%"
      reading-width = 5
      date-format = "%Y"
      sort = "author"
      sort-reversed = "yes"
      mark-read-on-open = 1
      mouse = "on"
      theme = 3
      unknown-table = { a = 1 }
      """)
    let keys = result.problems.map(\.key)
    #expect(
      keys == [
        "highlight", "list-width", "reading-width", "date-format", "sort", "sort-reversed",
        "mark-read-on-open", "mouse", "theme", "unknown-table",
      ])
    #expect(result.problems.map(\.line) == Array(1...10).map(Optional.some))
    #expect(result.config.highlight == .all && result.config.listWidth == .automatic)
    #expect(result.config.readingWidth == 80 && result.config.dateFormat == .iso)
    #expect(result.config.sort == .date && !result.config.sortReversed)
    #expect(result.config.markReadOnOpen && !result.config.mouse && result.config.theme == nil)
    #expect(result.problems[0].problem.contains("\"people\", \"organizations\""))
    #expect(result.problems[3].problem.contains("long (8 Apr 2019)"))
  }

  @Test("Text that is not TOML gives one problem with its line, and the defaults")
  func invalidTOML() {
    let result = Self.parse("theme = \"nord\"\nmouse = = true\n")
    #expect(result.config == .defaults)
    #expect(result.problems.count == 1)
    #expect(result.problems.first?.line == 2)
    #expect(result.problems.first?.description.contains("not valid TOML") == true)
  }

  @Test("The file is found under XDG_CONFIG_HOME, else ~/.config")
  func location() {
    #expect(
      ConfigLocation.path(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"])
        == "/x/byline/config.toml")
    #expect(
      ConfigLocation.path(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/h"])
        == "/h/.config/byline/config.toml")
    #expect(ConfigLocation.path(environment: [:]) == nil)
  }

  @Test("Dates are written in each named format")
  func dateFormats() {
    let date = Date(timeIntervalSince1970: 1_554_681_600)  // 2019-04-08
    #expect(DateFormat.iso.format(date) == "2019-04-08")
    #expect(DateFormat.european.format(date) == "08.04.2019")
    #expect(DateFormat.us.format(date) == "04/08/2019")
    #expect(DateFormat.long.format(date) == "8 Apr 2019")
  }
}

// MARK: - Key remapping

extension ConfigTests {
  static func remap(_ text: String) -> (keyMap: KeyMap, problems: [ConfigProblem]) {
    let result = parse(text)
    let (keyMap, keyProblems) = KeyMap.standard.remapped(result.config.keys, file: "config.toml")
    return (keyMap, result.problems + keyProblems)
  }

  @Test("A remapped action answers to exactly its new keys, in the contexts it had")
  func remapReplacesKeys() {
    let (map, problems) = Self.remap("[keys]\nnext-article = [\"n\", \"Ctrl-N\"]\n")
    #expect(problems.isEmpty, "\(problems)")
    #expect(map.action(for: .character("n"), in: .list) == .nextArticle)
    #expect(map.action(for: .control("n"), in: .list) == .nextArticle)
    #expect(map.action(for: .character("j"), in: .list) == nil)
    #expect(map.action(for: .down, in: .list) == nil)
    #expect(map.action(for: .character("n"), in: .reader) == .nextMatch, "reader keeps its own n")
    #expect(map.markdownTable.contains("| list | `n` `Ctrl-N` | next article | `next-article` |"))
    #expect(map.conflicts.isEmpty)
  }

  @Test("An action with rows in several contexts gets the new keys in each")
  func remapEveryContext() {
    let (map, problems) = Self.remap("[keys]\npage-down = \"F5\"\n")
    #expect(problems.isEmpty)
    for context in [KeyContext.list, .reader, .panel] {
      #expect(map.action(for: .function(5), in: context) == .pageDown)
      #expect(map.action(for: .pageDown, in: context) == nil)
    }
  }

  @Test("Unknown actions and key names are reported with their lines; the defaults stay")
  func unknownActionAndKey() {
    let (map, problems) = Self.remap(
      "[keys]\nfly-away = \"f\"\nquit = [\"Ctrl-Shift-Q\", \"x\"]\nhelp = 4\n")
    #expect(problems.map(\.key) == ["keys.fly-away", "keys.quit", "keys.help"])
    #expect(problems.map(\.line) == [2, 3, 4])
    #expect(problems[1].problem.contains("\"Ctrl-Shift-Q\""))
    #expect(map == KeyMap.standard)
  }

  @Test("A key given to two actions in one context is a conflict; that entry keeps its defaults")
  func conflictKeepsDefaults() {
    let (map, problems) = Self.remap("[keys]\nquit = \"j\"\ntoggle-star = \"z\"\n")
    #expect(problems.count == 1)
    #expect(problems.first?.key == "keys.quit")
    #expect(problems.first?.line == 2)
    #expect(problems.first?.problem.contains("j is also bound to next-article in the list") == true)
    #expect(map.action(for: .character("q"), in: .list) == .quit)
    #expect(map.action(for: .character("j"), in: .list) == .nextArticle)
    #expect(map.action(for: .character("z"), in: .reader) == .toggleStar, "the good entry applies")
    #expect(map.conflicts.isEmpty)
  }

  @Test("Moving a key away first lets another action take it")
  func swapThroughRemap() {
    let (map, problems) = Self.remap("[keys]\nquit = \"j\"\nnext-article = \"Down\"\n")
    #expect(problems.isEmpty, "\(problems)")
    #expect(map.action(for: .character("j"), in: .list) == .quit)
    #expect(map.action(for: .down, in: .list) == .nextArticle)
  }

  @Test("Two entries wanting one key: the later one is refused")
  func twoRemapsConflict() {
    let (map, problems) = Self.remap("[keys]\ntoggle-star = \"z\"\ntoggle-read = \"z\"\n")
    #expect(problems.map(\.key) == ["keys.toggle-read"])
    #expect(map.action(for: .character("z"), in: .list) == .toggleStar)
    #expect(map.action(for: .character("u"), in: .list) == .toggleRead)
  }
}
