import Foundation
import Testing

/// The real binary in a real (tmux) terminal: launch, navigate, open, toggle
/// highlighting, resize, quit with the terminal restored.
@Suite(.serialized) struct ReaderEndToEndTests {
  static let skipReason = TmuxSession.unavailableReason

  func binary() -> String? {
    if let reason = Self.skipReason {
      print("skipped: \(reason)")
      return nil
    }
    return TmuxSession.bylineBinary?.path
  }

  @Test("The demo opens at 120x40 with the list, the first article and a status bar")
  func demoLaunchNavigateQuit() throws {
    guard let byline = binary() else { return }
    let tmux = TmuxSession(width: 120, height: 40, command: "\(byline) --demo")
    defer { tmux.kill() }
    let first = tmux.waitFor { $0.contains("1/30") }
    #expect(first.contains("1/30"), "status bar position; screen:\n\(first)")
    #expect(first.contains("? help"))
    #expect(first.contains("highlight: people+orgs"))
    #expect(first.contains("│"), "side-by-side divider")

    tmux.send("j")
    let second = tmux.waitFor { $0.contains("2/30") }
    #expect(second.contains("2/30"))

    tmux.send("Enter")
    let reading = tmux.waitFor { $0.contains("29 unread") }
    #expect(reading.contains("29 unread"), "opening marks the article read:\n\(reading)")

    tmux.send("h")
    #expect(
      tmux.waitFor { $0.contains("highlight: people ") || $0.contains("highlight: people\n") }
        .contains("highlight: people"))
    tmux.send("h", "h", "h")
    #expect(tmux.waitFor { $0.contains("people+orgs") }.contains("people+orgs"))

    tmux.send("?")
    #expect(tmux.waitFor { $0.contains("Byline keys") }.contains("Byline keys"))
    tmux.send("Escape")
    #expect(!tmux.waitFor { !$0.contains("Byline keys") }.contains("Byline keys"))

    tmux.resize(width: 80, height: 24)
    let stacked = tmux.waitFor { $0.contains("────────") }
    #expect(stacked.contains("────────"), "80x24 stacks the panes:\n\(stacked)")
    tmux.resize(width: 40, height: 12)
    let single = tmux.waitFor { !$0.contains("────────") }
    #expect(!single.contains("│"), "40x12 shows one pane:\n\(single)")
    tmux.resize(width: 10, height: 3)
    #expect(tmux.waitFor { $0.contains("small") }.contains("small"))
    tmux.resize(width: 120, height: 40)

    tmux.send("Q")
    let status = tmux.waitForExit()
    #expect(status == 0)
    let modes = tmux.terminalModes ?? ""
    #expect(modes.contains(" icanon") && modes.contains(" echo "), "terminal restored:\n\(modes)")
  }

  @Test("Under NO_COLOR people are bold and organizations underlined, and h turns them off")
  func noColorHighlights() {
    guard let byline = binary() else { return }
    let tmux = TmuxSession(
      width: 120, height: 40, command: byline + " --demo", environment: ["NO_COLOR": "1"])
    defer { tmux.kill() }
    tmux.waitFor { $0.contains("1/30") }
    tmux.send("Tab")
    let styled = tmux.capture(escapes: true)
    let reader = styled.split(separator: "\n").map {
      $0.split(separator: "│", maxSplits: 1).last ?? ""
    }
    .joined(separator: "\n")
    #expect(reader.contains("\u{1B}[1m") || reader.contains(";1m"), "bold people")
    #expect(reader.contains("\u{1B}[4m") || reader.contains(";4m"), "underlined organizations")
    let colours =
      (0...7).flatMap { ["\u{1B}[3\($0)m", ";3\($0)m", "\u{1B}[4\($0)m", ";4\($0)m"] } + [
        "38;5;", "48;5;",
      ]
    #expect(!colours.contains { styled.contains($0) }, "no colours under NO_COLOR:\n\(styled)")
    tmux.send("h", "h", "h")
    tmux.waitFor { $0.contains("highlight: off") }
    let plain = tmux.capture(escapes: true)
    let plainReader = plain.split(separator: "\n").dropFirst(3).map {
      $0.split(separator: "│", maxSplits: 1).last ?? ""
    }.joined(separator: "\n")
    #expect(!plainReader.contains("4m"), "no underline with highlighting off")
    tmux.send("Q")
  }

  @Test("A hostile article cannot clear the screen, retitle the window or forge output")
  func hostileArticle() throws {
    guard let byline = binary() else { return }
    let store = FileManager.default.temporaryDirectory.appendingPathComponent(
      "byline-e2e-store-\(getpid())")
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "byline-hostile-\(getpid()).txt")
    defer {
      try? FileManager.default.removeItem(at: store)
      try? FileManager.default.removeItem(at: file)
    }
    let hostile = """
      Title: Evil \u{1B}]0;PWNED\u{07}title \u{1B}[2J here
      Source: \u{1B}[31mRed source
      Date: 2024-01-02

      Body starts \u{1B}[2J\u{1B}[H and \u{1B}]8;;https://evil.example\u{07}a link\u{1B}]8;;\u{07}.
      C1 CSI \u{9B}31m and the xterm loop \u{1B}]8;;\u{1B}0m\u{1B}[>0q end.

      Unterminated OSC at the end \u{1B}]8;;https://x
      """
    try Data(hostile.utf8).write(to: file)
    let imported = TmuxSession.run([byline, "import", "--store", store.path, file.path])
    #expect(imported.status == 0, "import: \(imported.output)")
    let tmux = TmuxSession(width: 100, height: 30, command: "\(byline) --store \(store.path)")
    defer { tmux.kill() }
    let screen = tmux.waitFor { $0.contains("1/1") }
    #expect(screen.contains("1/1"))
    tmux.send("Enter")
    let reading = tmux.waitFor { $0.contains("Body starts") }
    #expect(reading.contains("Body starts"), "the body is shown, not cleared:\n\(reading)")
    #expect(reading.contains("Evil"))
    #expect(tmux.paneValue("#{pane_title}") != "PWNED")
    #expect(reading.contains("end."), "text after the escape sequences survives")
    tmux.send("Q")
    #expect(tmux.waitForExit() == 0)
  }

  @Test("Read and star marks made in the reader persist across runs")
  func readAndStarPersist() throws {
    guard let byline = binary() else { return }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let samples = root.appendingPathComponent("Sources/byline/Resources/samples")
    let store = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-e2e-persist-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    defer { try? FileManager.default.removeItem(at: store) }
    let files = ["001.txt", "002.txt", "003.txt"].map { samples.appendingPathComponent($0).path }
    let imported = TmuxSession.run([byline, "import", "--store", store.path] + files)
    #expect(imported.output.contains("imported 3, already present 0, failed 0"))

    let tmux = TmuxSession(width: 120, height: 40, command: "\(byline) --store \(store.path)")
    tmux.waitFor { $0.contains("1/3") }
    tmux.send("Enter", "s", "q", "j", "s", "s", "Q")
    #expect(tmux.waitForExit() == 0)
    tmux.kill()

    let list = TmuxSession.run([byline, "list", "--store", store.path]).output
    let rows = list.split(separator: "\n").map {
      $0.split(separator: "\t").last.map(String.init) ?? ""
    }
    #expect(rows == ["read,starred", "unread", "unread"], "\(list)")

    let again = TmuxSession(width: 120, height: 40, command: "\(byline) --store \(store.path)")
    defer { again.kill() }
    let screen = again.waitFor { $0.contains("1/3") }
    #expect(screen.contains("2 unread"), "\(screen)")
    again.send("Q")
  }

  @Test("An article imported while the reader is open appears on R")
  func reloadPicksUpImports() throws {
    guard let byline = binary() else { return }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let samples = root.appendingPathComponent("Sources/byline/Resources/samples")
    let store = FileManager.default.temporaryDirectory
      .appendingPathComponent("byline-e2e-reload-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    defer { try? FileManager.default.removeItem(at: store) }
    _ = TmuxSession.run([
      byline, "import", "--store", store.path, samples.appendingPathComponent("001.txt").path,
    ])
    let tmux = TmuxSession(width: 120, height: 40, command: "\(byline) --store \(store.path)")
    defer { tmux.kill() }
    #expect(tmux.waitFor { $0.contains("1/1") }.contains("1/1"))
    let imported = TmuxSession.run([
      byline, "import", "--store", store.path, samples.appendingPathComponent("030.txt").path,
    ])
    #expect(imported.status == 0)
    tmux.send("R")
    let screen = tmux.waitFor { $0.contains("1 new article") }
    #expect(screen.contains("1 new article"), "\(screen)")
    #expect(screen.contains("Gregory Kurtzer"), "the new article is listed")
    tmux.send("C-l")  // any key clears the message and shows the position again
    #expect(tmux.waitFor { $0.contains("2/2") }.contains("2/2"), "the open article stays selected")
    tmux.send("Q")
    #expect(tmux.waitForExit() == 0)
  }
}
