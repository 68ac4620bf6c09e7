/// The escape-sequence state machine behind ``Sanitizer``.
///
/// Modelled on the VT500-series parser that xterm follows (Paul Williams'
/// state diagram), reduced to what a filter needs: it recognises where each
/// sequence starts and ends and drops it whole; everything else goes on to
/// ``SanitizedOutput``. Unlike a terminal, it gives up on a sequence that runs
/// into a line break or grows past a bound, and shows the text after it.
struct EscapeFilter {
  /// The most scalars an OSC/DCS/SOS/PM/APC string may hold before it is
  /// abandoned as unterminated and the text after it is shown again.
  static let maximumStringLength = 512

  /// The most parameter and intermediate scalars a CSI or ESC sequence may hold.
  static let maximumSequenceLength = 64

  private enum State {
    case ground
    case escape
    case escapeIntermediate(count: Int)
    case controlSequence(count: Int)
    case string(count: Int)
    case stringEscape(count: Int)
  }

  private var state = State.ground

  /// Feeds one scalar, writing whatever is visible to `output`.
  mutating func feed(_ scalar: Unicode.Scalar, into output: inout SanitizedOutput) {
    let value = scalar.value
    switch state {
    case .ground:
      ground(scalar, into: &output)
    case .escape:
      switch value {
      case 0x5B: state = .controlSequence(count: 0)  // [
      case 0x5D, 0x50, 0x58, 0x5E, 0x5F: state = .string(count: 0)  // ] P X ^ _
      case 0x20...0x2F: state = .escapeIntermediate(count: 1)
      case 0x30...0x7E: state = .ground  // A complete two-character sequence.
      case 0x1B: output.text("\u{1B}")  // The first ESC began nothing: show it.
      default:
        output.text("\u{1B}")
        state = .ground
        ground(scalar, into: &output)
      }
    case .escapeIntermediate(let count):
      switch value {
      case 0x20...0x2F where count < Self.maximumSequenceLength:
        state = .escapeIntermediate(count: count + 1)
      case 0x30...0x7E: state = .ground
      default: abandon(scalar, into: &output)
      }
    case .controlSequence(let count):
      switch value {
      case 0x20...0x3F where count < Self.maximumSequenceLength:
        state = .controlSequence(count: count + 1)
      case 0x40...0x7E: state = .ground
      default: abandon(scalar, into: &output)
      }
    case .string(let count):
      switch value {
      case 0x07, 0x9C, 0x18, 0x1A: state = .ground  // BEL, ST, CAN, SUB end it.
      case 0x1B: state = .stringEscape(count: count + 1)
      case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: abandon(scalar, into: &output)
      default:
        if count >= Self.maximumStringLength {
          abandon(scalar, into: &output)
        } else {
          state = .string(count: count + 1)
        }
      }
    case .stringEscape:
      // `ESC \` is the string terminator; any other ESC ends the string and
      // starts a new sequence, as in xterm.
      state = value == 0x5C ? .ground : .escape
      if value != 0x5C { feed(scalar, into: &output) }
    }
  }

  /// Ends the input: a lone trailing ESC is shown, an unfinished sequence dropped.
  mutating func finish(into output: inout SanitizedOutput) {
    if case .escape = state { output.text("\u{1B}") }
    state = .ground
  }

  private mutating func ground(_ scalar: Unicode.Scalar, into output: inout SanitizedOutput) {
    switch scalar.value {
    case 0x1B: state = .escape
    case 0x9B: state = .controlSequence(count: 0)  // 8-bit CSI
    case 0x9D, 0x90, 0x98, 0x9E, 0x9F: state = .string(count: 0)  // OSC DCS SOS PM APC
    default: output.text(scalar)
    }
  }

  /// Drops the unfinished sequence and handles `scalar` as ordinary input.
  private mutating func abandon(_ scalar: Unicode.Scalar, into output: inout SanitizedOutput) {
    state = .ground
    ground(scalar, into: &output)
  }
}
