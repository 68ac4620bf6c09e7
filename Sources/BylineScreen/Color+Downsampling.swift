extension Color {
  /// This colour as the best thing a terminal with `capability` can show.
  ///
  /// - `.truecolor`: unchanged.
  /// - `.indexed256`: `.rgb` becomes the nearest palette entry in 16…255.
  /// - `.ansi16`: `.rgb` and `.indexed` (16…255) become the nearest of the 16
  ///   ANSI colours; `.indexed` 0…15 becomes the same `.ansi` colour.
  /// - `.none`: everything becomes `.terminalDefault`.
  public func downsampled(to capability: ColorCapability) -> Color {
    switch (self, capability) {
    case (.terminalDefault, _), (_, .truecolor):
      return self
    case (_, .none):
      return .terminalDefault
    case (.ansi(let n), _):
      return .ansi(n & 0x0F)
    case (.indexed, .indexed256):
      return self
    case (.rgb(let r, let g, let b), .indexed256):
      return .indexed(XtermPalette.nearest256(red: r, green: g, blue: b))
    case (.indexed(let n), .ansi16) where n < 16:
      return .ansi(n)
    case (.indexed(let n), .ansi16):
      let (r, g, b) = XtermPalette.rgb(n)
      return .ansi(XtermPalette.nearest16(red: r, green: g, blue: b))
    case (.rgb(let r, let g, let b), .ansi16):
      return .ansi(XtermPalette.nearest16(red: r, green: g, blue: b))
    }
  }
}

extension Style {
  /// This style with both colours downsampled (attributes kept).
  public func downsampled(to capability: ColorCapability) -> Style {
    Style(
      foreground: foreground.downsampled(to: capability),
      background: background.downsampled(to: capability),
      attributes: attributes
    )
  }
}
