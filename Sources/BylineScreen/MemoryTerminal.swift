/// A ``Terminal`` in memory, for tests: scripted events in, drawn screens out.
///
/// The counterpart of ratatui's `TestBackend`. Events are returned in order by
/// ``nextEvent(timeoutMilliseconds:)``; a `.resize` event also changes
/// ``size``, as a real terminal does. When the script runs out it returns
/// `nil` (a timeout) and sets ``isExhausted``, so a run loop under test can stop.
/// Not thread-safe: use it from one thread, as a real terminal is.
public final class MemoryTerminal: Terminal {
  /// The current size; scripted `.resize` events update it.
  public var size: (width: Int, height: Int)
  /// The capability reported to the app.
  public var colorCapability: ColorCapability
  /// Events not yet returned.
  public private(set) var pendingEvents: [InputEvent]
  /// Every screen passed to ``draw(_:)``, oldest first.
  public private(set) var drawnScreens: [Screen] = []
  /// The changes each draw would have sent to a real terminal (diff against
  /// the previous draw; everything after a resize, resume or at the start).
  public private(set) var drawnChanges: [[CellChange]] = []
  /// Calls of ``suspend()``, ``resume()``, ``suspendToShell()`` and ``shutdown()``, in order.
  public private(set) var lifecycle: [String] = []
  /// Whether ``nextEvent(timeoutMilliseconds:)`` has been asked for more than the script held.
  public private(set) var isExhausted = false
  /// Whether ``shutdown()`` has been called.
  public private(set) var isShutDown = false
  /// Every sequence ``sendOSC(_:)`` sent (safe ones only), oldest first.
  public private(set) var sentOSC: [String] = []

  private var needsFullRedraw = true

  /// A terminal of the given size that will return `events` in order.
  public init(
    width: Int = 80, height: Int = 24, events: [InputEvent] = [],
    colorCapability: ColorCapability = .indexed256
  ) {
    self.size = (width, height)
    self.pendingEvents = events
    self.colorCapability = colorCapability
  }

  /// The last screen drawn, if any.
  public var lastScreen: Screen? { drawnScreens.last }

  /// Appends events to the script.
  public func enqueue(_ events: InputEvent...) {
    pendingEvents.append(contentsOf: events)
    isExhausted = false
  }

  public func draw(_ screen: Screen) {
    if needsFullRedraw || drawnScreens.last == nil {
      drawnChanges.append(screen.changes(from: Screen(width: 0, height: 0)))
    } else if let previous = drawnScreens.last {
      drawnChanges.append(screen.changes(from: previous))
    }
    needsFullRedraw = false
    drawnScreens.append(screen)
  }

  public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
    guard !pendingEvents.isEmpty else {
      isExhausted = true
      return nil
    }
    let event = pendingEvents.removeFirst()
    if case .resize(let width, let height) = event {
      size = (max(0, width), max(0, height))
      needsFullRedraw = true
    }
    return event
  }

  public func suspend() { lifecycle.append("suspend") }

  public func resume() {
    lifecycle.append("resume")
    needsFullRedraw = true
  }

  public func suspendToShell() {
    lifecycle.append("suspendToShell")
    needsFullRedraw = true
  }

  public func shutdown() {
    lifecycle.append("shutdown")
    isShutDown = true
  }

  public func sendOSC(_ sequence: String) {
    if OSCSequence.isSafe(sequence) { sentOSC.append(sequence) }
  }
}
