import ArgumentParser
import BylineCore
import BylineCurses
import BylineEntities
import BylineScreen
import BylineStore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Opens the two-pane reader on a store (the default command).
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Open the reader (the default when no subcommand is given).")

  @OptionGroup var storeOptions: StoreOptions

  @Flag(name: .long, help: "Open a throwaway copy of the bundled sample articles.")
  var demo = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A theme name (see `byline themes`) or a path to a theme file.", valueName: "name|path"))
  var theme: String?

  @Flag(name: .long, help: .hidden)
  var benchmarkFirstFrame = false

  /// For `byline-bench store`: run until the background work after start-up
  /// (index sweep, entity cache update, catalog) is done, then exit.
  @Flag(name: .long, help: .hidden)
  var benchmarkSettle = false

  func run() throws {
    // Few malloc arenas: the background threads' freed memory is then reused
    // instead of each thread keeping its own (see `MallocTuning`).
    MallocTuning.limitArenas(to: 1)
    MallocTuning.growHeapInLargeSteps(of: 64 << 20)
    let environment = ProcessInfo.processInfo.environment
    let settings = ConfigLoading.load(environment: environment)
    // The model loads on another core while the store is opened and the terminal set up.
    let model = BackgroundValue {
      Result { () throws(EntityModelError) in try PerceptronRecognizer.bundled() }
    }
    // The theme too (its TOML parse is a noticeable part of start-up).
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    let themeName = theme ?? settings.config.theme ?? (noColor ? "monochrome" : "default")
    let themeLoad = BackgroundValue {
      ThemeLoad(ThemeCatalog(environment: environment).load(themeName))
    }
    var demoStore: DemoStore? = nil
    let store: ArticleStore
    do {
      if demo {
        let created = try DemoStore.create()
        demoStore = created
        store = created.store
      } else {
        store = try ArticleStore(
          directory: storeOptions.directory(config: settings.config, environment: environment),
          createIfMissing: false)
      }
    } catch {
      throw CommandFailure.message("\(error)")
    }
    defer { demoStore?.remove() }

    let summaries: [ArticleSummary]
    do {
      let progress = ProgressLine(label: "building the article index")
      defer { progress.finish() }
      // The background sweep after the first frame checks an index an import just wrote.
      summaries = try store.summaries(
        includeLinks: false, trustRacyIndex: true, progress: progress.show)
    } catch {
      throw CommandFailure.message("\(error)")
    }

    var startupMessages: [StatusMessage] = []
    if let text = ConfigLoading.statusText(settings.problems) {
      startupMessages.append(StatusMessage(text, kind: .error))
    }
    var chosenTheme = themeLoad.value.theme
    if let themeError = themeLoad.value.error {
      startupMessages.append(StatusMessage("\(themeError) Using the default theme.", kind: .error))
    }

    let terminal: any Terminal
    do {
      let curses = try CursesTerminal(environment: environment, mouse: settings.config.mouse)
      terminal = benchmarkFirstFrame ? QuitAfterFirstFrame(curses) : curses
    } catch {
      throw CommandFailure.message("\(error)")
    }

    let recognizer: PerceptronRecognizer?
    switch model.value {
    case .success(let loaded):
      recognizer = loaded
    case .failure(let error):
      recognizer = nil
      startupMessages.append(
        StatusMessage("No highlighting: \(error)", kind: .error))
    }
    chosenTheme = chosenTheme.adapted(toColors: !noColor && terminal.colorCapability != .none)
    let size = terminal.size
    var state = AppState(
      articles: summaries, width: size.width, height: size.height, keyMap: settings.keyMap,
      storeDescription: demo ? "demo (temporary copy)" : store.directory.path)
    state.apply(settings.config)
    if store.isReadOnly {
      startupMessages.append(
        StatusMessage("This store is read-only: read and star changes are not saved.", kind: .error)
      )
    }
    if let first = startupMessages.first { state.message = first }
    let app = ReaderApp(
      terminal: terminal, store: store, recognizer: recognizer, theme: chosenTheme, state: state,
      environment: environment, quitWhenSettled: benchmarkSettle)
    app.run()
  }
}

/// A terminal that exits when first asked for an event, for `byline-bench store`.
///
/// `--benchmark-first-frame` runs the real start-up and first draw, then exits.
private final class QuitAfterFirstFrame: Terminal {
  let base: any Terminal
  init(_ base: any Terminal) { self.base = base }
  var size: (width: Int, height: Int) { base.size }
  var colorCapability: ColorCapability { base.colorCapability }
  func draw(_ screen: Screen) { base.draw(screen) }
  /// The first frame is drawn: restore the terminal and exit at once (not timing teardown).
  func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    base.shutdown()
    exit(0)
  }
  func suspend() { base.suspend() }
  func resume() { base.resume() }
  func suspendToShell() { base.suspendToShell() }
  func shutdown() { base.shutdown() }
  func sendOSC(_ sequence: String) { base.sendOSC(sequence) }
}

/// A loaded theme, or the default with the reason the chosen one failed.
private struct ThemeLoad: Sendable {
  var theme: Theme
  var error: ThemeError?
  init(_ loaded: (Theme, ThemeError?)) { (theme, error) = loaded }
}

/// A failure with a message for the user; exits with status 1.
enum CommandFailure: Error, CustomStringConvertible {
  case message(String)

  var description: String {
    switch self {
    case .message(let text): text
    }
  }
}
