import Foundation
import Testing

/// The entity panel in the real binary on the demo store (issue #5): open it,
/// read the names and counts, jump to mentions, close it.
@Suite(.serialized) struct EntityPanelEndToEndTests {
  @Test("e lists the article's people and organizations; Enter and ] scroll the reader; Esc closes")
  func panelOnDemo() {
    if let reason = TmuxSession.unavailableReason {
      print("skipped: \(reason)")
      return
    }
    guard let byline = TmuxSession.bylineBinary?.path else { return }
    let tmux = TmuxSession(width: 120, height: 40, command: "\(byline) --demo")
    defer { tmux.kill() }
    tmux.waitFor { $0.contains("1/30") }
    tmux.send("Enter")
    tmux.waitFor { $0.contains("29 unread") }
    tmux.send("e")
    let panel = tmux.waitFor { $0.contains("Organizations (") }
    #expect(panel.contains("People ("), "the panel opens with its two groups:\n\(panel)")
    // The first demo article is an interview with Gregory Kurtzer about Red Hat and CentOS.
    let names = panelRows(panel)
    let kurtzer = names.filter { $0.hasPrefix("Gregory Kurtzer ") }
    #expect(kurtzer.count == 1, "listed once:\n\(names.joined(separator: "\n"))")
    #expect(
      kurtzer.first?.range(of: #"^Gregory Kurtzer +\d+$"#, options: .regularExpression) != nil,
      "with a mention count")
    #expect(!names.contains { $0.hasPrefix("Kurtzer ") }, "the alias Kurtzer is merged")
    #expect(names.contains { $0.hasPrefix("Red Hat Enterprise Linux") }, "organizations listed")

    let top = readerText(panel)
    tmux.send("j", "j", "Enter")
    let jumped = tmux.waitFor { $0.contains(": mention 1 of") }
    #expect(jumped.contains(": mention 1 of"), "Enter reports the first mention:\n\(jumped)")
    #expect(readerText(jumped) != top, "Enter scrolled the reader")

    tmux.send("]")
    let next = tmux.waitFor { $0.contains(": mention 2 of") }
    #expect(next.contains(": mention 2 of"), "] moves to the next mention:\n\(next)")

    tmux.send("Escape")
    let closed = tmux.waitFor { !$0.contains("Organizations (") }
    #expect(!closed.contains("Organizations ("), "Esc closes the panel:\n\(closed)")
    tmux.send("Q")
    #expect(tmux.waitForExit() == 0)
  }

  /// The panel's rows, trimmed: the part of each row after the second divider.
  func panelRows(_ screen: String) -> [String] {
    screen.split(separator: "\n").compactMap { row -> String? in
      let parts = row.split(separator: "│", omittingEmptySubsequences: false)
      return parts.count > 2 ? parts[2].trimmingCharacters(in: .whitespaces) : nil
    }
  }

  /// The reader pane's text: the part of each row between the list's
  /// divider and the panel's.
  func readerText(_ screen: String) -> String {
    screen.split(separator: "\n").map { row -> String in
      let parts = row.split(separator: "│", omittingEmptySubsequences: false)
      return parts.count > 1 ? String(parts[1]) : ""
    }.joined(separator: "\n")
  }
}
