import ArgumentParser
import BylineCore
import BylineStore
import Foundation

/// `byline list [--json]`: the store's articles, newest first, for scripts.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "Print the store's articles, newest first.",
    discussion: """
      One line per article: id, date, source, title and flags (read/unread, starred), \
      separated by tabs. With --json, an array of objects with id, title, source, author, \
      date (ISO 8601 or null), url, read and starred.
      """)

  @OptionGroup var storeOptions: StoreOptions

  @Flag(name: .long, help: "Print JSON instead of tab-separated lines.")
  var json = false

  func run() throws {
    let summaries: [ArticleSummary]
    do {
      let store = try ArticleStore(directory: storeOptions.directory, createIfMissing: false)
      summaries = try store.summaries()
    } catch {
      throw CommandFailure.message("\(error)")
    }
    if json {
      print(JSONText.render(.array(summaries.map(Self.jsonValue))))
      return
    }
    var output = ""
    for article in summaries {
      let flags = [article.isRead ? "read" : "unread"] + (article.isStarred ? ["starred"] : [])
      let fields = [
        article.id.rawValue, article.date.map(ISODate.string) ?? "",
        Self.field(article.source), Self.field(article.title), flags.joined(separator: ","),
      ]
      output += fields.joined(separator: "\t") + "\n"
    }
    FileHandle.standardOutput.write(Data(output.utf8))
  }

  /// A TSV field: control characters neutralised, tabs and newlines as spaces.
  static func field(_ text: String) -> String {
    Console.safe(text).replacingOccurrences(of: "\t", with: " ")
  }

  static func jsonValue(_ article: ArticleSummary) -> JSONText.Value {
    .object([
      ("id", .string(article.id.rawValue)),
      ("title", .string(article.title)),
      ("source", .string(article.source)),
      ("author", .string(article.author)),
      ("date", article.date.map { .string(ISODate.string($0)) } ?? .null),
      ("dateIsImportTime", .bool(article.dateIsImportTime)),
      ("url", article.url.map { .string($0) } ?? .null),
      ("read", .bool(article.isRead)),
      ("starred", .bool(article.isStarred)),
    ])
  }
}

/// ISO 8601 timestamps in UTC (`2019-04-08T00:00:00Z`).
enum ISODate {
  static func string(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }
}
