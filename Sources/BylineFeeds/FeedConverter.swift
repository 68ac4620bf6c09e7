import BylineStore
import CLibXML2

/// Converts RSS, Atom, JSON Feed and HTML files into articles for import.
///
/// The format is sniffed from the content, not the name: XML whose root is
/// `rss`, `rdf:RDF` or `feed`; JSON whose `version` is a JSON Feed 1.x URL;
/// HTML with a doctype, `<html>`, `<head>` or `<body>` near the start.
/// Anything else gives nil, so the text and Markdown importer takes over.
/// XML and HTML are parsed by libxml2 from the raw bytes, so the XML prolog,
/// `<meta charset>` and byte order mark decide the encoding.
public struct FeedConverter: ArticleConverter {
  /// Creates the converter.
  public init() {}

  /// The file name endings imported from directories.
  public var fileSuffixes: [String] {
    [".xml", ".rss", ".atom", ".rdf", ".json", ".html", ".htm", ".xhtml"]
  }

  /// The articles in `bytes`, or nil when they are not a feed or web page.
  ///
  /// Problems and failure reasons say what went wrong and what to do; they
  /// do not repeat the file name, which the importer puts in front.
  /// - Parameter name: the file's name, the source when a feed has no title.
  public func convert(_ bytes: [UInt8], name: String) -> Conversion? {
    switch FormatSniffer.guess(bytes) {
    case .xmlFeed:
      return convertXMLFeed(bytes, name: name)
        ?? .failed(
          "the file starts like a feed but its root element is not rss, rdf:RDF "
            + "or feed after recovery; check that the file is complete.")
    case .json: return JSONFeed().conversion(bytes, name: name)
    case .html: return HTMLPage().conversion(bytes, name: name)
    case .other: return nil
    }
  }

  /// Runs every parser on `bytes` whatever they look like and discards the
  /// results: the entry point for fuzzing.
  ///
  /// A libFuzzer harness (built separately with `swiftc -sanitize=fuzzer`)
  /// calls this from `LLVMFuzzerTestOneInput`; the property tests call it
  /// on mutated fixtures. It must never crash, hang or grow without bound.
  public static func fuzz(_ bytes: [UInt8]) {
    let converter = FeedConverter()
    _ = converter.convert(bytes, name: "fuzz")
    _ = converter.convertXMLFeed(bytes, name: "fuzz")
    _ = JSONFeed().conversion(bytes, name: "fuzz")
    _ = HTMLPage().conversion(bytes, name: "fuzz")
    let text = String(decoding: bytes.prefix(4_096), as: UTF8.self)
    _ = FeedDate.parse(String(text.prefix(200)))
    _ = LinkResolver.httpURL(text, bases: ["https://example.com/a/"])
    _ = HTMLRenderer(limit: 100_000).render(html: text)
  }

  /// Parses an RSS or Atom document; nil when its root is something else.
  ///
  /// When libxml2 had to recover, bare `&` and undeclared HTML entities are
  /// repaired and the document parsed again; the better result is kept.
  func convertXMLFeed(_ bytes: [UInt8], name: String) -> Conversion? {
    guard let first = parseXMLFeed(bytes, name: name) else {
      return .failed(
        "the feed could not be parsed at all; check that the file is complete "
          + "and really a feed, or download it again.")
    }
    guard !first.isWellFormed, let repaired = XMLRepair.repaired(bytes),
      let second = parseXMLFeed(repaired, name: name),
      Self.articleCount(second.conversion) >= Self.articleCount(first.conversion)
    else { return first.conversion }
    return second.conversion
  }

  private func parseXMLFeed(
    _ bytes: [UInt8], name: String
  ) -> (conversion: Conversion?, isWellFormed: Bool)? {
    LibXML.withXMLDocument(bytes) { root, outcome in
      switch root.name {
      case "rss", "RDF", "rdf":
        return (RSSFeed(root: root, outcome: outcome).conversion(name: name), outcome.isWellFormed)
      case "feed":
        return (AtomFeed(root: root, outcome: outcome).conversion(name: name), outcome.isWellFormed)
      default:
        return (nil, outcome.isWellFormed)
      }
    }
  }

  private static func articleCount(_ conversion: Conversion?) -> Int {
    guard case .articles(let articles, _) = conversion else { return -1 }
    return articles.count
  }
}
