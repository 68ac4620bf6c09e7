import BylineScreen
import CNcurses

extension Attributes {
  /// These attributes as a curses `attr_t` (`A_BOLD | A_UNDERLINE | …`).
  ///
  /// The corresponding curses macros are `A_BOLD`, `A_DIM`, `A_ITALIC`,
  /// `A_UNDERLINE` and `A_REVERSE`; the empty set is `A_NORMAL`.
  public var cursesAttributes: attr_t {
    var result = byline_attr_normal()
    if contains(.bold) { result |= byline_attr_bold() }
    if contains(.dim) { result |= byline_attr_dim() }
    if contains(.italic) { result |= byline_attr_italic() }
    if contains(.underline) { result |= byline_attr_underline() }
    if contains(.reverse) { result |= byline_attr_reverse() }
    return result
  }
}
