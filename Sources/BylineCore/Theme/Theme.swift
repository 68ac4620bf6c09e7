import BylineScreen

/// A named set of styles, one per `ThemeElement`.
///
/// Themes are data (`themes/*.toml`); `Theme.fallback` is the built-in
/// attribute-only theme used when no theme file can be read, and the base
/// every theme file is laid over.
public struct Theme: Hashable, Sendable {
  public var name: String
  public var styles: [ThemeElement: Style]

  public init(name: String, styles: [ThemeElement: Style]) {
    self.name = name
    self.styles = styles
  }

  /// The style for `element`.
  public subscript(element: ThemeElement) -> Style {
    styles[element] ?? Theme.fallback.styles[element] ?? .plain
  }

  /// Attributes only: readable on any terminal, and what `NO_COLOR` gets.
  public static let fallback = Theme(
    name: "fallback",
    styles: [
      .listItem: .plain,
      .listUnread: Style(attributes: .bold),
      .listSelected: Style(attributes: .reverse),
      .listSelectedUnfocused: Style(attributes: [.reverse, .dim]),
      .listDate: .plain,
      .listSource: .plain,
      .header: Style(attributes: .bold),
      .meta: Style(attributes: .dim),
      .body: .plain,
      .person: Style(attributes: .bold),
      .organization: Style(attributes: .underline),
      .searchMatch: Style(attributes: .reverse),
      .currentMatch: Style(attributes: [.reverse, .bold]),
      .statusBar: Style(attributes: .reverse),
      .statusHint: Style(attributes: [.reverse, .bold]),
      .help: .plain,
      .helpKey: Style(attributes: .bold),
      .helpTitle: Style(attributes: [.bold, .underline]),
      .border: .plain,
      .message: Style(attributes: .reverse),
      .error: Style(attributes: [.reverse, .bold]),
      .selectedEntity: Style(attributes: .reverse),
    ])

  /// This theme for a terminal that can show `capability` colours: without
  /// colour support every colour is dropped and only attributes remain.
  public func adapted(toColors hasColors: Bool) -> Theme {
    guard !hasColors else { return self }
    var copy = self
    for (element, style) in styles {
      copy.styles[element] = Style(attributes: style.attributes)
    }
    return copy
  }
}
