import BylineScreen

/// Draws the whole reader for a state into a fresh screen.
public enum Renderer {
  /// The screen for `state` in `theme`: panes, divider, status bar and any overlay.
  public static func render(_ state: AppState, theme: Theme) -> Screen {
    var screen = Screen(width: state.width, height: state.height, fill: .blank(theme[.body]))
    let layout = state.layout
    if layout.arrangement == .tooSmall {
      renderTooSmall(into: &screen, theme: theme)
      return screen
    }
    if let list = layout.list {
      ArticleListView.render(state, theme: theme, into: &screen, area: list)
    }
    if let reader = layout.reader {
      ReaderView.render(state, theme: theme, into: &screen, area: reader)
    }
    if let panel = layout.panel {
      EntityPanelView.render(state, theme: theme, into: &screen, area: panel)
    }
    let borderStyle = theme[.body].overlaid(with: theme[.border])
    if let divider = layout.divider {
      if layout.arrangement == .sideBySide {
        drawVertical(divider, style: borderStyle, into: &screen)
      } else {
        let line = String(repeating: "─", count: divider.width)
        screen.write(line, x: divider.x, y: divider.y, style: borderStyle)
      }
    }
    if let divider = layout.panelDivider {
      drawVertical(divider, style: borderStyle, into: &screen)
      if let top = layout.divider, layout.arrangement == .stacked, top.maxY == divider.y {
        screen.write("┬", x: divider.x, y: top.y, style: borderStyle)
      }
    }
    if state.entityDirectory != nil {
      EntityDirectoryView.render(state, theme: theme, into: &screen)
    }
    StatusBarView.render(state, theme: theme, into: &screen, area: layout.status)
    if state.isHelpVisible { HelpView.render(state, theme: theme, into: &screen) }
    return screen
  }

  static func drawVertical(_ divider: Rect, style: Style, into screen: inout Screen) {
    for y in divider.y..<divider.maxY { screen.write("│", x: divider.x, y: y, style: style) }
  }

  static func renderTooSmall(into screen: inout Screen, theme: Theme) {
    let text = screen.width >= 16 ? "Window too small" : (screen.width >= 9 ? "Too small" : "small")
    let y = max(0, (screen.height - 1) / 2)
    let x = max(0, (screen.width - DisplayWidth.of(text)) / 2)
    screen.write(text, x: x, y: y, style: theme[.error], maxWidth: screen.width - x)
  }
}
