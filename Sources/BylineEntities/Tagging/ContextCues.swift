/// Small curated word lists for the document pass: context cues and
/// well-known organizations that postdate the 1996 training data.
///
/// Words are matched by the FNV hash of their lowercase (cues) or exact
/// (names) form, so lookups never allocate.
enum ContextCues {
  static let colon = FeatureHash.string(":")
  /// Header lines whose value is a publication (`Source: TechRadar Pro`).
  static let organizationHeaders = hashes(["source", "publisher", "publication"])
  /// Header lines whose value is a person (`Credit: Steve McCaskill`).
  static let personHeaders = hashes(["credit", "by", "author", "byline", "writer"])
  /// A capitalised word right before one of these is an organization (`its Honor subsidiary`).
  static let organizationNouns = hashes([
    "subsidiary", "subsidiaries", "unit", "division", "spinoff", "spin-off", "affiliate",
  ])
  /// A capitalised run right after `<role> of|at|for` is an organization (`editor of Silicon UK`).
  static let publicationRoles = hashes([
    "editor", "editors", "writer", "reporter", "correspondent", "journalist", "columnist",
    "contributor", "analyst", "spokesman", "spokeswoman", "spokesperson", "employee", "staff",
  ])
  static let roleLinks = hashes(["of", "at", "for"])
  /// A single unknown capitalised word right before one of these is a person (`Ren expressed`).
  static let speechVerbs = hashes([
    "said", "says", "told", "added", "expressed", "argued", "stated", "explained", "claimed",
    "wrote", "noted", "insisted", "warned", "tweeted", "replied", "commented", "admitted",
  ])
  /// Two-word speech cues (`is quoted`, `was quoted`).
  static let quotedAuxiliaries = hashes(["is", "was", "has", "had"])
  static let quotedParticiples = hashes(["quoted", "said", "told", "argued", "claimed", "stated"])

  /// Organizations the 1996 newswire training data cannot know.
  ///
  /// Exact single-token names; ambiguous ones (`Amazon`, `Apple`) are left out.
  static let knownOrganizations: Set<UInt64> = knownOrganizationNames.reduce(into: Set<UInt64>()) {
    $0.insert(FeatureHash.string($1))
  }

  /// The lowercase hashes of `knownOrganizations` (ASCII names: a token
  /// spelling one has exactly this `Lexeme.lower`).
  private static let knownOrganizationLowercaseHashes: Set<UInt64> =
    knownOrganizationNames
    .reduce(into: Set<UInt64>()) { $0.insert(FeatureHash.string($1.lowercased())) }

  private static let knownOrganizationNames = [
    "Google", "Alphabet", "Microsoft", "Facebook", "Twitter", "Huawei", "Samsung", "Xiaomi",
    "Oppo", "Vivo", "OnePlus", "ZTE", "Tencent", "Alibaba", "Baidu", "ByteDance", "TikTok",
    "Netflix", "Tesla", "Uber", "Lyft", "Airbnb", "Spotify", "Nvidia", "Qualcomm", "Intel",
    "AMD", "Arm", "Cisco", "Oracle", "IBM", "Dell", "Lenovo", "Sony", "Nokia", "Ericsson",
    "Vodafone", "Verizon", "AT&T", "T-Mobile", "BT", "Ofcom", "OpenAI", "Anthropic", "SpaceX",
    "PayPal", "eBay", "LinkedIn", "YouTube", "WhatsApp", "Instagram", "Snapchat", "Reddit",
    "Wikipedia", "Wikimedia", "Wikinews", "Mozilla", "Yahoo", "Salesforce", "Adobe", "Zoom",
    "Slack", "Dropbox", "Pinterest", "Foxconn", "TSMC", "SoftBank", "Motorola", "HTC",
    "BlackBerry", "Volkswagen", "Toyota", "Nissan", "Boeing", "Airbus", "NATO", "UNESCO",
    "UNICEF", "Interpol", "Europol", "Greenpeace", "Reuters", "Bloomberg", "TechRadar",
  ]

  /// Which cue lists a lowercase word is in (a bit per list).
  struct Flags: OptionSet {
    let rawValue: UInt8
    static let organizationHeader = Flags(rawValue: 1)
    static let personHeader = Flags(rawValue: 2)
    static let organizationNoun = Flags(rawValue: 4)
    static let publicationRole = Flags(rawValue: 8)
    static let roleLink = Flags(rawValue: 16)
    static let speechVerb = Flags(rawValue: 32)
    static let quotedAuxiliary = Flags(rawValue: 64)
    static let quotedParticiple = Flags(rawValue: 128)
  }

  /// Set in `flags` beside the cue bits: the word is the lowercase form of
  /// a `knownOrganizations` name (whose exact form is then checked).
  static let knownOrganizationLowercase: UInt16 = 0x100

  /// The cue lists above as one table: lowercase word hash to `Flags` (the
  /// low byte) and `knownOrganizationLowercase`, so a word costs one lookup
  /// instead of one `Set` hash per list.
  static let flags: HashTable<UInt16> = {
    let lists: [(Set<UInt64>, Flags)] = [
      (organizationHeaders, .organizationHeader), (personHeaders, .personHeader),
      (organizationNouns, .organizationNoun), (publicationRoles, .publicationRole),
      (roleLinks, .roleLink), (speechVerbs, .speechVerb), (quotedAuxiliaries, .quotedAuxiliary),
      (quotedParticiples, .quotedParticiple),
    ]
    var table = HashTable<UInt16>(capacity: 256, empty: 0)
    for (words, flag) in lists {
      for word in words.sorted() { table.update(word) { $0 |= UInt16(flag.rawValue) } }
    }
    for word in knownOrganizationLowercaseHashes.sorted() {
      table.update(word) { $0 |= knownOrganizationLowercase }
    }
    return table
  }()

  /// `flags` for each of `words` (a document's distinct lowercase words).
  static func flags(of words: [UInt64]) -> [UInt16] {
    let table = flags
    return words.map { table.value(for: $0) }
  }

  /// `knownOrganizations` as a table (exact word hash to membership).
  static let knownOrganizationTable: HashTable<Bool> = {
    var table = HashTable<Bool>(capacity: knownOrganizations.count, empty: false)
    for word in knownOrganizations.sorted() { table.update(word) { $0 = true } }
    return table
  }()

  private static func hashes(_ words: [String]) -> Set<UInt64> {
    Set(words.map { FeatureHash.string($0) })
  }
}
