/// A parsed search: words every article must contain, plus `source:` and `entity:` qualifiers.
///
/// Syntax: words separated by spaces; `source:NAME` and `entity:NAME`, where
/// NAME may be quoted (`source:"The Verge"`, `entity:'Gina Raimondo'`); a
/// quoted phrase of plain words (`"trade war"`) requires each of its words.
/// Words are tokenized like the indexed text (`SearchTokenizer`), so
/// `Biden’s` needs both `biden` and `s`, case and diacritics never matter.
///
/// Matching: a word matches a token equal to it. A word that ends the query
/// also matches tokens it begins (`trad` finds `trade` and `traders`), so
/// results narrow as the user types, unless the query ends in a space or the
/// word was quoted. All words and all qualifiers must match.
public struct SearchQuery: Hashable, Sendable {
  /// One token to look up.
  public struct Word: Hashable, Sendable {
    /// The lowercase token.
    public var text: String
    /// True when tokens starting with `text` match too.
    public var isPrefix: Bool

    public init(_ text: String, isPrefix: Bool = false) {
      self.text = text
      self.isPrefix = isPrefix
    }
  }

  /// Tokens every article must contain.
  public var words: [Word]
  /// Each must occur in the article's source, case-insensitively.
  public var sources: [String]
  /// Each names an entity (canonical name or alias) the article must mention.
  public var entities: [String]

  public init(words: [Word] = [], sources: [String] = [], entities: [String] = []) {
    self.words = words
    self.sources = sources
    self.entities = entities
  }

  /// True when the query asks for nothing, so every article matches.
  public var isEmpty: Bool { words.isEmpty && sources.isEmpty && entities.isEmpty }

  /// Parses the text the user typed.
  public init(parsing text: String) {
    self.init()
    // Whether the query ends with an unquoted word (then a prefix).
    var endsWithOpenWord = false
    for term in SearchQueryLexer.terms(text) {
      switch term.qualifier {
      case "source" where !term.value.isEmpty:
        sources.append(term.value)
        endsWithOpenWord = false
      case "entity" where !term.value.isEmpty:
        entities.append(term.value)
        endsWithOpenWord = false
      default:
        let start = words.count
        for token in SearchTokenizer.tokens(term.text) { words.append(Word(token)) }
        endsWithOpenWord = words.count > start && !term.isQuoted
      }
    }
    let endsInSpace = text.last.map { $0 == " " || $0 == "\t" } ?? false
    if endsWithOpenWord, !endsInSpace, let position = words.indices.last {
      words[position].isPrefix = true
    }
    words = Self.deduplicated(words)
  }

  /// Drops repeated words (keeping the exact form when a word is given both ways).
  private static func deduplicated(_ words: [Word]) -> [Word] {
    var result: [Word] = []
    for word in words {
      if let position = result.firstIndex(where: { $0.text == word.text }) {
        result[position].isPrefix = result[position].isPrefix && word.isPrefix
      } else {
        result.append(word)
      }
    }
    return result
  }
}

/// Splits query text into terms, honouring quotes and `name:` qualifiers.
enum SearchQueryLexer {
  /// One space-separated piece of a query.
  struct Term: Equatable {
    /// `source` or `entity` (lowercased) for a qualifier, else nil.
    var qualifier: String?
    /// The qualifier's value, unquoted (empty when none).
    var value: String
    /// The whole term as typed, quotes removed (for plain words).
    var text: String
    var isQuoted: Bool
  }

  static let qualifiers: Set<String> = ["source", "entity"]

  static func terms(_ text: String) -> [Term] {
    var terms: [Term] = []
    var characters = Substring(text)
    while let first = characters.first {
      if first == " " || first == "\t" || first == "\n" {
        characters.removeFirst()
        continue
      }
      if let quote = quoteCharacter(first) {
        characters.removeFirst()
        let value = takeQuoted(&characters, closing: quote)
        terms.append(Term(qualifier: nil, value: "", text: value, isQuoted: true))
        continue
      }
      let word = takeWord(&characters)
      if let colon = word.firstIndex(of: ":"),
        qualifiers.contains(word[..<colon].lowercased())
      {
        let name = word[..<colon].lowercased()
        var value = String(word[word.index(after: colon)...])
        if value.isEmpty, let next = characters.first, let quote = quoteCharacter(next) {
          characters.removeFirst()
          value = takeQuoted(&characters, closing: quote)
        }
        terms.append(Term(qualifier: name, value: value, text: word, isQuoted: false))
      } else {
        terms.append(Term(qualifier: nil, value: "", text: word, isQuoted: false))
      }
    }
    return terms
  }

  /// The closing quote for an opening quote character, nil when `character` is not one.
  private static func quoteCharacter(_ character: Character) -> Character? {
    switch character {
    case "\"": return "\""
    case "'": return "'"
    case "“": return "”"
    case "‘": return "’"
    default: return nil
    }
  }

  /// Text up to the closing quote (or the end), consuming the quote.
  private static func takeQuoted(_ characters: inout Substring, closing: Character) -> String {
    let end = characters.firstIndex { $0 == closing || (closing == "”" && $0 == "\"") }
    let value = String(characters[..<(end ?? characters.endIndex)])
    characters = end.map { characters[characters.index(after: $0)...] } ?? ""
    return value.trimmingCharacters(in: " ")
  }

  /// Text up to the next space; a qualifier's `:"` starts a quoted value instead.
  private static func takeWord(_ characters: inout Substring) -> String {
    var word = ""
    while let next = characters.first, next != " ", next != "\t", next != "\n" {
      if quoteCharacter(next) != nil, word.hasSuffix(":") { break }
      word.append(next)
      characters.removeFirst()
    }
    return word
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: Character) -> String {
    var text = Substring(self)
    while text.first == set { text.removeFirst() }
    while text.last == set { text.removeLast() }
    return String(text)
  }
}
