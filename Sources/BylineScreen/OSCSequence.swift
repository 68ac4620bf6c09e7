/// Checks for the one kind of raw output a ``Terminal`` sends besides cells.
///
/// An operating-system command is `ESC ] … BEL`; between the two only
/// printable ASCII is allowed, so the payload (base64 for OSC 52) cannot end
/// the sequence early or start another one.
public enum OSCSequence {
  /// Whether `sequence` is exactly one OSC sequence with a printable-ASCII body.
  public static func isSafe(_ sequence: String) -> Bool {
    let bytes = Array(sequence.utf8)
    guard bytes.count >= 3, bytes[0] == 0x1B, bytes[1] == UInt8(ascii: "]"),
      bytes[bytes.count - 1] == 0x07
    else { return false }
    return bytes[2..<(bytes.count - 1)].allSatisfy { (0x20...0x7E).contains($0) }
  }
}
