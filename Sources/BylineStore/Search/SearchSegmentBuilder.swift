/// Builds one search segment in memory: documents in, `SearchIndexFile` bytes out.
///
/// Documents are numbered in the order they are added; each term keeps its
/// gap-coded posting list as it grows, so a document costs one dictionary
/// look-up per token and nothing is sorted until `encoded()`.
struct SearchSegmentBuilder {
  private var terms = SearchTermTable()
  /// Per term number: its gap-coded posting list, last document and document count.
  private var postings: [[UInt8]] = []
  private var lastDocuments: [Int32] = []
  private var counts: [UInt32] = []
  private(set) var keys: [UInt64] = []
  private(set) var ids: [ArticleID] = []

  var documentCount: Int { keys.count }

  /// Tokenizes and adds one document.
  mutating func add(_ document: SearchDocument) {
    let number = addDocument(key: document.key, id: document.id)
    SearchTokenizer.forEachToken(in: document.text) { token in
      addPosting(terms.number(of: token), number)
    }
  }

  /// Adds a document with no terms yet; returns its number.
  mutating func addDocument(key: UInt64, id: ArticleID) -> Int {
    keys.append(key)
    ids.append(id)
    return keys.count - 1
  }

  /// Records that document `number` contains `term`.
  mutating func addPosting(_ term: [UInt8], _ number: Int) {
    addPosting(terms.number(of: term), number)
  }

  /// Records that document `number` contains term `termNumber` (repeats and older
  /// document numbers are ignored).
  private mutating func addPosting(_ termNumber: Int, _ number: Int) {
    if termNumber == postings.count {
      postings.append([])
      lastDocuments.append(-1)
      counts.append(0)
    }
    let last = lastDocuments[termNumber]
    guard Int32(number) > last else { return }
    Varint.append(UInt32(Int32(number) - last - 1), to: &postings[termNumber])
    lastDocuments[termNumber] = Int32(number)
    counts[termNumber] += 1
  }

  /// The segment file.
  func encoded() -> [UInt8] {
    let order = terms.sortedNumbers()
    var documents: [UInt8] = []
    documents.reserveCapacity(keys.count * 48)
    for (key, id) in zip(keys, ids) {
      StoreIndex.append(key, to: &documents)
      id.withUTF8 { utf8 in
        let bytes = utf8.prefix(255)
        documents.append(UInt8(bytes.count))
        documents.append(contentsOf: bytes)
      }
    }
    var blocks: [UInt8] = []
    var starts: [(block: Int, postings: Int, term: [UInt8])] = []
    var postingBytes: [UInt8] = []
    for (position, termID) in order.enumerated() {
      let term = terms.term(termID).prefix(255)
      if position % SearchIndexFile.blockSize == 0 {
        starts.append((blocks.count, postingBytes.count, Array(term)))
      }
      blocks.append(UInt8(term.count))
      blocks.append(contentsOf: term)
      Varint.append(counts[termID], to: &blocks)
      Varint.append(UInt32(postings[termID].count), to: &blocks)
      postingBytes.append(contentsOf: postings[termID])
    }
    var blockIndex: [UInt8] = []
    for (position, start) in starts.enumerated() {
      let end = position + 1 < starts.count ? starts[position + 1].block : blocks.count
      StoreIndex.append(UInt32(start.block), to: &blockIndex)
      StoreIndex.append(UInt32(end - start.block), to: &blockIndex)
      StoreIndex.append(UInt64(start.postings), to: &blockIndex)
      blockIndex.append(UInt8(start.term.count))
      blockIndex.append(contentsOf: start.term)
    }
    let blockIndexOffset = SearchIndexFile.headerSize + documents.count
    let blocksOffset = blockIndexOffset + blockIndex.count + 8
    let postingsOffset = blocksOffset + blocks.count
    let header = SearchIndexFile.Header(
      documentCount: keys.count, termCount: terms.count,
      blockCount: (terms.count + SearchIndexFile.blockSize - 1) / SearchIndexFile.blockSize,
      blocksOffset: blocksOffset, blockIndexOffset: blockIndexOffset,
      postingsOffset: postingsOffset, fileLength: postingsOffset + postingBytes.count + 8)
    var out = header.encoded()
    out.reserveCapacity(header.fileLength)
    out += documents
    out += blockIndex
    StoreIndex.append(IndexChecksum.hash(out[SearchIndexFile.headerSize...]), to: &out)
    out += blocks
    out += postingBytes
    StoreIndex.append(IndexChecksum.hash(out[...]), to: &out)
    return out
  }
}
