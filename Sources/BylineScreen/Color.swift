/// A colour as a theme names it, before the terminal decides what it can show.
///
/// `terminalDefault` keeps the terminal's own foreground or background.
/// `ansi` is one of the 16 palette colours the user configured in their terminal,
/// `indexed` one of the 256 xterm colours, and `rgb` a truecolour value that the
/// backend maps to the nearest of 256 when the terminal lacks truecolour.
public enum Color: Hashable, Sendable {
  case terminalDefault
  case ansi(UInt8)
  case indexed(UInt8)
  case rgb(UInt8, UInt8, UInt8)
}
