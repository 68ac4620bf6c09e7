import BylineScreen
import BylineTestSupport
import Testing

@Suite struct ScreenSnapshotTests {
  private let person = Style(attributes: .bold)
  private let organization = Style(attributes: .underline)

  private func legend(_ style: Style) -> Character {
    switch style {
    case .plain: "."
    case person: "p"
    case organization: "o"
    default: "?"
    }
  }

  private func sample() -> Screen {
    var screen = Screen(width: 12, height: 3)
    screen.write("Joe Biden", x: 0, y: 0, style: person)
    screen.write("at Huawei", x: 0, y: 1, style: .plain)
    screen.setStyle(organization, in: Rect(x: 3, y: 1, width: 6, height: 1))
    screen.write("世界 ok", x: 1, y: 2, style: .plain)
    return screen
  }

  @Test("the snapshot shows size, guarded rows and a style layer")
  func snapshotFormat() {
    let expected = """
      12x3
      |Joe Biden   |
      |at Huawei   |
      | 世界 ok    |

      |ppppppppp...|
      |...oooooo...|
      |............|

      """
    #expect(sample().snapshot(legend: legend) == expected)
  }

  @Test("the snapshot helper compares with a file next to this test")
  func snapshotFile() {
    assertSnapshot(sample().snapshot(legend: legend), named: "sample_12x3")
  }

  @Test("the default legend marks non-plain cells with #")
  func defaultLegend() {
    #expect(Screen(lines: ["a"], style: person).snapshot() == "1x1\n|a|\n\n|#|\n")
  }
}
