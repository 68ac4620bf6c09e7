import BylineStore
import Foundation

/// Reads a whole web page as one article: title, author, date and source
/// from its metadata, and the text of its main content.
struct HTMLPage {
  private let renderer = HTMLRenderer(limit: FeedLimits.maxBodyCharacters)

  /// The page's article, or a failure when nothing readable is left.
  func conversion(_ bytes: [UInt8], name: String) -> Conversion {
    let result = LibXML.withHTMLDocument(bytes, encoding: nil) { document -> Conversion in
      let metadata = PageMetadata(document: document)
      let main = MainContent.find(in: document)
      var body = renderer.render(childrenOf: main)
      if body.isEmpty { body = renderer.render(childrenOf: document) }
      return article(metadata: metadata, body: body, name: name)
    }
    return result
      ?? .failed("the HTML page could not be read; check that the file is complete.")
  }

  private func article(metadata: PageMetadata, body: String, name: String) -> Conversion {
    let meta = metadata.meta
    var fields = ItemFields()
    fields.title =
      [meta["og:title"], metadata.title, metadata.firstHeading, meta["twitter:title"]]
      .compactMap { $0?.singleLine() }.first { !$0.isEmpty } ?? ""
    let author = [
      meta["author"], meta["article:author"], meta["byl"], meta["dc.creator"],
      metadata.byline,
    ]
    .compactMap { $0.map(PageMetadata.cleanAuthor) }
    .first { !$0.isEmpty && !$0.lowercased().hasPrefix("http") }
    fields.authors = author.map { [$0] } ?? []
    fields.date =
      [
        meta["article:published_time"], meta["date"], meta["pubdate"],
        meta["datepublished"], meta["dc.date"], meta["dcterms.created"], metadata.firstTime,
        meta["article:modified_time"],
      ]
      .compactMap { $0.flatMap(FeedDate.parse) }.first
    let bases = metadata.base.map { [$0] } ?? []
    let pageURL = [meta["og:url"], metadata.canonical].compactMap { $0 }.lazy
      .compactMap { LinkResolver.httpURL($0, bases: bases) }.first
    fields.url = pageURL
    fields.tags = (meta["keywords"] ?? meta["news_keywords"] ?? "")
      .split(separator: ",").map(String.init).prefix(20).map { $0 }
    fields.body = body
    let siteName = meta["og:site_name"]?.singleLine() ?? ""
    let source = siteName.isEmpty ? pageURL.flatMap(LinkResolver.host(of:)) ?? name : siteName
    guard !body.isEmpty, let article = fields.article(source: source) else {
      return .failed(
        "no readable text found in this HTML page (it may need JavaScript); "
          + "save the article's reader or print view instead.")
    }
    return .articles([article], problems: [])
  }
}
