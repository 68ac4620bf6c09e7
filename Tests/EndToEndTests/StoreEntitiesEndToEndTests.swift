import Foundation
import Testing

/// Issue #5 across the store, in the real binary: `E`, filtering by an
/// entity, `Esc`, and a correction that persists across runs and reaches the
/// command line.
@Suite(.serialized) struct StoreEntitiesEndToEndTests {
  @Test(
    "E lists the store's entities; Enter filters the list to an entity's articles; Esc restores it")
  func directoryAndFilter() throws {
    if let reason = TmuxSession.unavailableReason {
      print("skipped: \(reason)")
      return
    }
    guard let byline = TmuxSession.bylineBinary?.path else { return }
    let store = try Self.sampleStore(byline)
    defer { try? FileManager.default.removeItem(atPath: store) }
    // The command line and the reader agree on how many articles mention NASA.
    let json = TmuxSession.run([byline, "entities", "--store", store, "--json"]).output
    let nasa = try #require(Self.articleCount(of: "NASA", inJSON: json), "NASA listed:\n\(json)")
    #expect(nasa >= 2)

    let tmux = TmuxSession(width: 120, height: 40, command: "\(byline) --store \(store)")
    defer { tmux.kill() }
    tmux.waitFor { $0.contains("1/6") }
    tmux.send("E")
    tmux.waitFor { $0.contains("People & organizations:") && $0.contains("NASA") }
    tmux.send("/")
    tmux.type("nasa")
    tmux.send("Enter")
    let found = tmux.waitFor { $0.contains("matching “nasa”") }
    #expect(found.contains("NASA"), "\(found)")
    tmux.send("Enter")
    let filtered = tmux.waitFor { $0.contains("articles: NASA") }
    #expect(filtered.contains("\(nasa) articles: NASA. Esc shows all."), "\(filtered)")
    tmux.send("j")
    let bar = tmux.waitFor { $0.contains("NASA: \(nasa) of 6") }
    #expect(bar.contains("2/\(nasa)"), "\(bar)")
    tmux.send("Escape")
    let all = tmux.waitFor { $0.contains("All 6 articles.") }
    #expect(all.contains("All 6 articles."))
    // `/` in the list searches every article's text (imports index it).
    tmux.send("/")
    tmux.type("nasa")
    tmux.send("Enter")
    let searched = tmux.waitFor { $0.contains("articles: /nasa") }
    #expect(searched.contains("articles: /nasa. Esc shows all."), "\(searched)")
    let cli = TmuxSession.run([byline, "list", "--store", store, "--search", "nasa"]).output
    let lines = cli.split(separator: "\n").count
    #expect(searched.contains("\(lines) article"), "the reader and list --search agree: \(cli)")
    let byEntity = TmuxSession.run([byline, "list", "--store", store, "--entity", "nasa"]).output
    #expect(byEntity.split(separator: "\n").count == nasa, "list --entity: \(byEntity)")
    tmux.send("Q")
    #expect(tmux.waitForExit() == 0)
  }

  @Test("a correction made in the panel applies store-wide and survives a restart")
  func correctionPersists() throws {
    if let reason = TmuxSession.unavailableReason {
      print("skipped: \(reason)")
      return
    }
    guard let byline = TmuxSession.bylineBinary?.path else { return }
    let store = try Self.sampleStore(byline)
    defer { try? FileManager.default.removeItem(atPath: store) }
    let before = TmuxSession.run([byline, "entities", "--store", store, "--json"]).output
    #expect(Self.articleCount(of: "NASA", inJSON: before) != nil)

    let tmux = TmuxSession(width: 120, height: 40, command: "\(byline) --store \(store)")
    tmux.waitFor { $0.contains("1/6") }
    tmux.send("e", "a")
    tmux.type("NASA")
    tmux.send("Enter")
    tmux.waitFor { $0.contains("(p)erson or an (o)rganization") }
    // Declared a person: NASA is now listed as a person everywhere.
    tmux.send("p")
    tmux.waitFor { $0.contains("“NASA” will be highlighted as a person") }
    tmux.send("Q")
    #expect(tmux.waitForExit() == 0)
    tmux.kill()

    let corrections = try String(contentsOfFile: store + "/state/corrections", encoding: .utf8)
    #expect(corrections.contains("person        NASA"), "\(corrections)")
    let after = TmuxSession.run([byline, "entities", "--store", store, "--kind", "person"]).output
    #expect(after.contains("\tperson\tNASA"), "NASA is a person now:\n\(after)")

    // In a new run the directory shows the corrected kind.
    let again = TmuxSession(width: 120, height: 40, command: "\(byline) --store \(store)")
    defer { again.kill() }
    again.waitFor { $0.contains("1/6") }
    again.send("E", "/")
    again.type("nasa")
    again.send("Enter")
    let row = again.waitFor { $0.contains("matching “nasa”") }
    let line = row.split(separator: "\n").first { $0.contains(" NASA ") }.map(String.init) ?? ""
    #expect(line.contains("person"), "\(row)")
    again.send("Q")
  }

  /// A temporary store with six sample articles (four of which mention NASA), imported
  /// with the real binary, so their entities are cached at import.
  static func sampleStore(_ byline: String) throws -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let samples = root.appendingPathComponent("Sources/byline/Resources/samples")
    let store = FileManager.default.temporaryDirectory
      .appendingPathComponent(
        "byline-e2e-entities-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    let files = ["001.txt", "002.txt", "004.txt", "007.txt", "013.txt", "025.txt"]
      .map { samples.appendingPathComponent($0).path }
    let imported = TmuxSession.run([byline, "import", "--store", store.path] + files)
    #expect(imported.output.contains("imported 6, already present 0, failed 0"), "\(imported)")
    return store.path
  }

  /// The `articles` of the entity named `name` in `byline entities --json` output.
  static func articleCount(of name: String, inJSON json: String) -> Int? {
    guard let data = json.data(using: .utf8),
      let array = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
    else { return nil }
    return array.first { $0["name"] as? String == name }?["articles"] as? Int
  }
}
