import BylineStore
import CLibXML2

/// Converts RSS, Atom, JSON Feed and HTML files into articles for import.
public struct FeedConverter: ArticleConverter {
  public init() {}

  public var fileSuffixes: [String] { [] }

  public func convert(_ bytes: [UInt8], name: String) -> Conversion? { nil }
}
