import CLibXML2
import Foundation

/// The one place that calls libxml2's parsers, with safe options.
///
/// Options are `RECOVER | NONET | NOERROR | NOWARNING` and never `NOENT`,
/// `DTDLOAD` or `HUGE`: entities are not substituted, no external resource is
/// loaded, and libxml2 keeps its own depth and size limits, which keeps
/// billion-laughs documents and external entities out.
enum LibXML {
  /// What a parse produced besides the tree.
  struct Outcome {
    /// False when libxml2 had to recover from errors.
    var isWellFormed: Bool
    /// libxml2's last error message, with its line, if any.
    var lastError: String?
  }

  static let xmlOptions = Int32(
    XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
      | XML_PARSE_NOWARNING.rawValue)

  static let htmlOptions = Int32(
    HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
      | HTML_PARSE_NOWARNING.rawValue)

  private static let initialized: Bool = {
    xmlInitParser()
    byline_xml_silence_errors()
    return true
  }()

  /// Initialises libxml2 once and silences its error printing on this thread.
  static func prepare() {
    _ = initialized
    byline_xml_silence_errors()
  }

  /// Parses `bytes` as XML (the prolog and BOM decide the encoding) and runs
  /// `body` on the root element; nil when libxml2 produced no document.
  static func withXMLDocument<T>(
    _ bytes: [UInt8], _ body: (XMLNode, Outcome) -> T
  ) -> T? {
    prepare()
    guard !bytes.isEmpty, bytes.count < Int(Int32.max), let context = xmlNewParserCtxt() else {
      return nil
    }
    defer { xmlFreeParserCtxt(context) }
    let document = bytes.withUnsafeBufferPointer { buffer -> xmlDocPtr? in
      guard let base = buffer.baseAddress else { return nil }
      let chars = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
      return xmlCtxtReadMemory(context, chars, Int32(buffer.count), nil, nil, xmlOptions)
    }
    guard let document else { return nil }
    defer { xmlFreeDoc(document) }
    guard let root = xmlDocGetRootElement(document) else { return nil }
    return body(XMLNode(root), outcome(of: context))
  }

  /// Parses `bytes` as HTML and runs `body` on the document node.
  ///
  /// - Parameter encoding: nil lets the BOM and `<meta charset>` decide;
  ///   `"UTF-8"` for text that is already Swift's.
  static func withHTMLDocument<T>(
    _ bytes: [UInt8], encoding: String?, _ body: (XMLNode) -> T
  ) -> T? {
    prepare()
    guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
    let document = bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
      guard let base = buffer.baseAddress else { return nil }
      let chars = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
      return htmlReadMemory(chars, Int32(buffer.count), nil, encoding, htmlOptions)
    }
    guard let document else { return nil }
    defer { xmlFreeDoc(document) }
    let node = UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self)
    return body(XMLNode(node))
  }

  private static func outcome(of context: xmlParserCtxtPtr) -> Outcome {
    let isWellFormed = context.pointee.wellFormed != 0
    let error = context.pointee.lastError
    var message: String?
    if let text = error.message {
      let trimmed = String(cString: text).trimmingWhitespace()
        .replacingOccurrences(of: " use XML_PARSE_HUGE option", with: "")
      message = error.line > 0 ? "line \(error.line): \(trimmed)" : trimmed
    }
    return Outcome(isWellFormed: isWellFormed, lastError: message)
  }
}
