/// How often a lowercase word appeared inside each entity type in training.
///
/// Built from the training data only; stored in the model file so the
/// tagger can tell, for a word it meets, whether other documents used it as
/// a person, organization, location, miscellaneous name or plain word.
struct GazetteerCounts: Equatable {
  /// Counts for PER, ORG, LOC, MISC and O, in that order.
  var person: UInt32 = 0
  var organization: UInt32 = 0
  var location: UInt32 = 0
  var miscellaneous: UInt32 = 0
  var outside: UInt32 = 0

  mutating func add(type: Int?, _ amount: UInt32 = 1) {
    switch type {
    case 0: person += amount
    case 1: organization += amount
    case 2: location += amount
    case 3: miscellaneous += amount
    default: outside += amount
    }
  }

  /// `self` minus `other`, saturating at zero (leave-one-document-out).
  func subtracting(_ other: GazetteerCounts) -> GazetteerCounts {
    GazetteerCounts(
      person: person &- min(person, other.person),
      organization: organization &- min(organization, other.organization),
      location: location &- min(location, other.location),
      miscellaneous: miscellaneous &- min(miscellaneous, other.miscellaneous),
      outside: outside &- min(outside, other.outside))
  }

  /// A small categorical summary used as a feature value (0 = never seen).
  var category: Int {
    let types = [person, organization, location, miscellaneous]
    let total = types.reduce(outside, +)
    guard total > 0 else { return 0 }
    var presence = 0
    var best = 0
    for (index, count) in types.enumerated() {
      if count > 0 { presence |= 1 << index }
      if count > types[best] { best = index }
    }
    let dominant: Int
    if types[best] * 2 > total {
      dominant = 1 + best
    } else if outside * 2 > total {
      dominant = 5
    } else {
      dominant = 6
    }
    let frequent = total >= 10 ? 1 : 0
    return 1 | presence << 1 | dominant << 5 | frequent << 8
  }

  /// Whether the word is overwhelmingly a location or miscellaneous name.
  var isMostlyPlaceOrAdjective: Bool {
    let total = person + organization + location + miscellaneous + outside
    return total >= 20 && (location + miscellaneous) * 10 >= total * 9
  }
}

/// The training-data gazetteer: lowercase word hash to counts and category.
struct Gazetteer: Sendable {
  /// Entries sorted by hash (the order they are stored in the model file).
  let entries: [(hash: UInt64, counts: GazetteerCounts)]
  private let categories: HashTable<Int32>
  private let placeWords: HashTable<Bool>

  init(entries: [(hash: UInt64, counts: GazetteerCounts)]) {
    self.entries = entries
    var categories = HashTable<Int32>(capacity: entries.count, empty: 0)
    var placeWords = HashTable<Bool>(capacity: 64, empty: false)
    for entry in entries {
      let category = Int32(entry.counts.category)
      categories.update(entry.hash) { $0 = category }
      if entry.counts.isMostlyPlaceOrAdjective { placeWords.update(entry.hash) { $0 = true } }
    }
    self.categories = categories
    self.placeWords = placeWords
  }

  /// A gazetteer without words (every category is 0).
  static let empty = Gazetteer(entries: [])

  /// The categories of lowercase word hashes, as `category(_:)` gives them.
  func categories(of words: UnsafeBufferPointer<UInt64>, into output: UnsafeMutablePointer<Int32>) {
    categories.values(for: words, into: output)
  }

  /// The category of a lowercase word hash (0 when unseen).
  @inline(__always)
  func category(_ lower: UInt64) -> Int { Int(categories.value(for: lower)) }

  /// Whether training used the word almost only as a location or MISC name.
  func isPlaceOrAdjective(_ lower: UInt64) -> Bool { placeWords.value(for: lower) }
}
