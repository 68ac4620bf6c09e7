import BylineScreen
import BylineStore
import Foundation

/// The "Source · Author · Date" line under an article's title.
enum MetaLine {
  static func text(for summary: ArticleSummary, dateFormat: DateFormat = .iso) -> String {
    var parts: [String] = []
    let source = ListSource.short(Sanitizer.singleLine(summary.source))
    if !source.isEmpty { parts.append(source) }
    let author = Sanitizer.singleLine(summary.author)
    if !author.isEmpty && author != source { parts.append(author) }
    if let date = summary.date {
      let day = dateFormat.format(date)
      parts.append(summary.dateIsImportTime ? "\(day) (imported; no date given)" : day)
    }
    return parts.joined(separator: " · ")
  }
}
