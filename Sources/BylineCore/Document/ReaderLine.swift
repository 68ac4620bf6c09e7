/// One row of the laid-out article: a slice of a block, or a blank row.
public enum ReaderLine: Hashable, Sendable {
  case text(block: Int, range: Range<Int>)
  case blank
}

/// An article laid out for a given text width.
public struct ReaderLayout: Hashable, Sendable {
  public var width: Int
  public var lines: [ReaderLine]

  public init(document: ReaderDocument, width: Int) {
    self.width = width
    var lines: [ReaderLine] = []
    for (index, block) in document.blocks.enumerated() {
      switch block.role {
      case .title:
        break
      case .meta:
        if index > 1 { lines.append(.blank) }
      case .paragraph:
        lines.append(.blank)
      }
      for range in Wrap.lines(block.text, width: width) {
        lines.append(.text(block: index, range: range))
      }
    }
    self.lines = lines
  }

  /// The first row showing grapheme `offset` of `block` (or the nearest row before it).
  public func row(block: Int, offset: Int) -> Int {
    var best = 0
    for (row, line) in lines.enumerated() {
      guard case .text(let b, let range) = line else { continue }
      if b < block || (b == block && range.lowerBound <= offset) { best = row } else { break }
    }
    return best
  }

  /// The block position shown at `row`, for keeping the place across a re-wrap.
  public func anchor(atRow row: Int) -> (block: Int, offset: Int)? {
    guard !lines.isEmpty else { return nil }
    var r = min(max(0, row), lines.count - 1)
    while r < lines.count {
      if case .text(let block, let range) = lines[r] { return (block, range.lowerBound) }
      r += 1
    }
    return nil
  }
}
