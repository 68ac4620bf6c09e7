import ArgumentParser
import BylineCore
import BylineEntities
import BylineScreen
import BylineStore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `byline show ID [--color] [--open]`: one article as plain text, for pipes and `less -R`.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Print an article as plain text.",
    discussion: """
      Prints the title, the source/author/date line and the paragraphs, wrapped to the \
      terminal's width (80 columns when standard output is not a terminal), at most the \
      configured reading-width. ID may be any unique prefix of an article id (see \
      `byline list`). With --color, people are bold and organizations underlined \
      (ANSI escapes; use `less -R`). With --open, the article's link is opened in \
      $BROWSER or with xdg-open (http and https links only).
      """)

  @OptionGroup var storeOptions: StoreOptions

  @Argument(help: ArgumentHelp("The article's id, or a unique prefix of it.", valueName: "id"))
  var id: String

  @Flag(name: .long, help: "Bold people and underline organizations with ANSI escapes.")
  var color = false

  @Flag(name: .long, help: "Also open the article's link in the browser.")
  var open = false

  @Option(name: .long, help: ArgumentHelp("Wrap at this many columns.", valueName: "columns"))
  var width: Int?

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let settings = ConfigLoading.load(environment: environment)
    for problem in settings.problems { Console.error(Console.safe(problem.description)) }
    let article: Article
    let directory = ConfigLoading.storeDirectory(
      explicit: storeOptions.store, config: settings.config, environment: environment)
    do {
      let store = try ArticleStore(directory: directory, createIfMissing: false)
      let summaries = try store.summaries()
      let match = try ArticleLookup.find(id, in: summaries, store: directory.path)
      article = try store.article(match)
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      throw CommandFailure.message("\(error)")
    }
    let recognizer: PerceptronRecognizer?
    if color {
      do {
        recognizer = try PerceptronRecognizer.bundled()
      } catch {
        recognizer = nil
        Console.error("No highlighting: \(error)")
      }
    } else {
      recognizer = nil
    }
    let document = ReaderDocument(article: article, recognizer: recognizer)
    let columns = width ?? min(Self.terminalColumns() ?? 80, settings.config.readingWidth)
    let text = PlainTextRenderer(width: max(10, columns), color: color).render(document)
    FileHandle.standardOutput.write(Data(text.utf8))
    if open {
      do {
        // Without a display the browser is a terminal one (w3m, lynx): let it
        // have the terminal and wait for it.
        let opener = LinkOpener(environment: environment)
        try opener.open(
          article.summary.url ?? "", mode: opener.isGraphical ? .background : .foreground)
      } catch {
        throw CommandFailure.message("\(error)")
      }
    }
  }

  /// The width of standard output's terminal, or nil when it is not a terminal.
  static func terminalColumns() -> Int? {
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }
}

/// Finds an article by its id or a unique prefix of it.
enum ArticleLookup {
  /// The id of the one article whose id is `text` or starts with it.
  ///
  /// - Throws: ``CommandFailure`` naming the store when nothing or more than one matches.
  static func find(
    _ text: String, in summaries: [ArticleSummary], store: String
  ) throws(CommandFailure) -> ArticleID {
    let wanted = ArticleID(text)
    if let exact = summaries.first(where: { $0.id == wanted }) { return exact.id }
    let matches = text.isEmpty ? [] : summaries.filter { $0.id.rawValue.hasPrefix(text) }
    switch matches.count {
    case 1:
      return matches[0].id
    case 0:
      throw .message(
        "No article with id '\(Console.safe(text))' in \(Console.safe(store)); "
          + "`byline list` shows the ids.")
    default:
      let shown = matches.prefix(3).map(\.id.rawValue).joined(separator: ", ")
      throw .message(
        "'\(Console.safe(text))' matches \(matches.count) articles (\(shown)\(matches.count > 3 ? ", …" : "")); "
          + "give more of the id.")
    }
  }
}

/// Writes a ``ReaderDocument`` as wrapped lines, optionally with ANSI SGR for entities.
struct PlainTextRenderer {
  let width: Int
  let color: Bool

  static let bold = "\u{1B}[1m"
  static let underline = "\u{1B}[4m"
  static let reset = "\u{1B}[0m"

  /// The whole article: title, meta line, then each paragraph after a blank line.
  func render(_ document: ReaderDocument) -> String {
    var out = ""
    for (index, block) in document.blocks.enumerated() {
      let followsTitle = index > 0 && document.blocks[index - 1].role == .title
      if index > 0 && !(block.role == .meta && followsTitle) { out += "\n" }
      let mentions = color ? Array(document.mentions(inBlock: index)) : []
      for range in Wrap.lines(block.text, width: width) {
        out += line(block.text, range, mentions) + "\n"
      }
    }
    return out
  }

  /// One wrapped line, with SGR around the parts of mentions that fall on it.
  private func line(
    _ text: [Character], _ range: Range<Int>, _ mentions: [DocumentMention]
  ) -> String {
    var out = ""
    var current: Int? = nil  // index into `mentions` of the styled run
    for index in range {
      let mention = mentions.firstIndex { $0.range.contains(index) }
      if mention != current {
        if current != nil { out += Self.reset }
        if let mention { out += mentions[mention].kind == .person ? Self.bold : Self.underline }
        current = mention
      }
      out += Console.safe(String(text[index]))
    }
    if current != nil { out += Self.reset }
    return out
  }
}
