import BylineStore
import Dispatch
import Synchronization

/// Checks the store's index against the article files on a background
/// thread after the first frame, so start-up never waits for it.
///
/// The run loop polls ``takeResult()`` between keys; `true` means articles
/// were added, removed or edited outside this reader and the list should be
/// reloaded.
final class BackgroundSweep: Sendable {
  private let result = Mutex<Bool?>(nil)

  /// Starts one sweep of `store` on a utility-priority thread.
  func start(_ store: ArticleStore) {
    DispatchQueue.global(qos: .utility).async {
      let changed = (try? store.sweepIndex()) ?? false
      self.result.withLock { $0 = changed }
    }
  }

  /// The finished sweep's answer, once; nil while it runs (or after it was taken).
  func takeResult() -> Bool? {
    result.withLock { value in
      defer { value = nil }
      return value
    }
  }
}
