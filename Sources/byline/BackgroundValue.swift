import Dispatch
import Synchronization

/// A value computed on another thread, started at once; `value` waits for it.
///
/// Start-up loads the entity model this way while the store is opened and
/// the terminal set up, so the first frame waits for the slower of the two
/// instead of both.
final class BackgroundValue<Value: Sendable>: Sendable {
  private let result = Mutex<Value?>(nil)
  private let done = DispatchSemaphore(value: 0)

  init(_ compute: @escaping @Sendable () -> Value) {
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      let value = compute()
      result.withLock { $0 = value }
      done.signal()
    }
  }

  /// The value, waiting for it if it is still being computed.
  var value: Value {
    while true {
      if let ready = result.withLock({ $0 }) { return ready }
      done.wait()
      done.signal()
    }
  }
}
