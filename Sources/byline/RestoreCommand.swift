import ArgumentParser
import BylineCore
import BylineStore
import Foundation

/// `byline restore ID` / `byline restore --list`: brings a deleted article back from the trash.
struct RestoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore",
    abstract: "Bring a deleted article back from the store's trash.",
    discussion: """
      `d` in the reader moves an article into <store>/trash/. `byline restore ID` moves it \
      back (ID may be any unique prefix); `byline restore --list` shows what is in the trash.
      """)

  @OptionGroup var storeOptions: StoreOptions

  @Flag(name: .long, help: "List the articles in the trash instead.")
  var list = false

  @Argument(
    help: ArgumentHelp("The deleted article's id, or a unique prefix of it.", valueName: "id"))
  var id: String?

  func validate() throws {
    if !list && id == nil {
      throw ValidationError("Give the id of a deleted article, or --list to see them.")
    }
  }

  func run() throws {
    let directory = storeOptions.directory
    do {
      let store = try ArticleStore(directory: directory, createIfMissing: false)
      let trashed = try store.trashedArticles()
      if list {
        if trashed.isEmpty {
          Console.error("The trash of \(Console.safe(directory.path)) is empty.")
        }
        for article in trashed {
          let day = article.date.map(DateText.day) ?? "          "
          print("\(article.id.rawValue)  \(day)  \(Console.safe(article.title))")
        }
        return
      }
      guard !trashed.isEmpty else {
        throw CommandFailure.message(
          "The trash of \(Console.safe(directory.path)) is empty: nothing to restore.")
      }
      let match = try ArticleLookup.find(id ?? "", in: trashed, store: directory.path + "/trash")
      try store.restore(match)
      let title = trashed.first { $0.id == match }?.title ?? ""
      print("Restored \(match.rawValue): \(Console.safe(title))")
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      throw CommandFailure.message("\(error)")
    }
  }
}
