/// Limits that keep hostile feeds within bounded time and memory.
enum FeedLimits {
  /// Items read from one feed; the rest are reported and skipped.
  static let maxItems = 10_000
  /// Characters of body text kept per item.
  static let maxBodyCharacters = 1_000_000
  /// Characters kept in a title, author or tag.
  static let maxLineCharacters = 1_000
  /// Tags kept per item.
  static let maxTags = 100
}
