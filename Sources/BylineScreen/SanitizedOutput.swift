/// The text side of ``Sanitizer``: line breaks, TAB, visible controls, bidi
/// removal, the combining-mark cap and (for single lines) space collapsing.
struct SanitizedOutput {
  private let singleLine: Bool
  private var scalars = String.UnicodeScalarView()
  /// Display column since the last line break, for tab stops.
  private var column = 0
  /// Combining marks kept on the current base.
  private var marks = 0
  private var pendingSpace = false
  private var afterCarriageReturn = false

  init(singleLine: Bool) {
    self.singleLine = singleLine
  }

  /// The sanitised text.
  var result: String { String(scalars) }

  /// Handles one scalar that is not part of an escape sequence.
  mutating func text(_ scalar: Unicode.Scalar) {
    let value = scalar.value
    if value == 0x0A, afterCarriageReturn {
      afterCarriageReturn = false
      return
    }
    afterCarriageReturn = value == 0x0D
    switch value {
    case 0x0A, 0x0D, 0x85, 0x2028:
      lineBreak()
    case 0x2029:
      lineBreak()
      lineBreak()
    case 0x09:
      if singleLine {
        space()
      } else {
        for _ in 0..<(Sanitizer.tabWidth - column % Sanitizer.tabWidth) { emit(" ") }
      }
    case 0x20:
      space()
    case 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
      return  // Bidi embeddings, overrides, isolates and the BOM: removed.
    case 0x00...0x1F, 0x7F...0x9F:
      emit(Sanitizer.visibleSymbol(for: scalar))
    case 0xFDD0...0xFDEF:
      emit("\u{FFFD}")
    default:
      if value & 0xFFFE == 0xFFFE {
        emit("\u{FFFD}")  // Noncharacters U+xFFFE and U+xFFFF.
      } else {
        emit(scalar)
      }
    }
  }

  private mutating func lineBreak() {
    if singleLine {
      space()
    } else {
      scalars.append("\n")
      column = 0
      marks = 0
    }
  }

  private mutating func space() {
    if singleLine {
      pendingSpace = !scalars.isEmpty
    } else {
      emit(" ")
    }
  }

  private mutating func emit(_ scalar: Unicode.Scalar) {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark:
      guard marks < Sanitizer.maximumCombiningMarks else { return }
      marks += 1
    default:
      if scalar.value != 0x200D { marks = 0 }  // ZWJ neither counts nor resets.
    }
    if pendingSpace {
      scalars.append(" ")
      pendingSpace = false
      column += 1
    }
    scalars.append(scalar)
    column += DisplayWidth.of(scalar)
  }
}
