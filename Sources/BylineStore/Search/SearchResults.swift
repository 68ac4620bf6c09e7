/// What a search found among a list of summaries.
public struct SearchResults: Equatable, Sendable {
  /// Positions in the searched list of the matching articles, ascending.
  public var positions: [Int]
  /// How many articles could not be searched.
  ///
  /// They are not in the index, and there are more of them than a search
  /// reads from disk (`SearchSession.maxScannedArticles`); `updateSearchIndex`
  /// makes them searchable.
  public var unsearchedCount: Int

  public init(positions: [Int], unsearchedCount: Int = 0) {
    self.positions = positions
    self.unsearchedCount = unsearchedCount
  }
}
