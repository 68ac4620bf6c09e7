import Foundation
import Testing

@testable import BylineStore

@Suite struct StoreLocationTests {
  @Test("--store wins, then BYLINE_STORE, then XDG_DATA_HOME, then ~/.local/share")
  func precedence() {
    let env = ["HOME": "/home/u", "BYLINE_STORE": "/b", "XDG_DATA_HOME": "/x"]
    #expect(StoreLocation.resolve(explicit: "/s", environment: env).path == "/s")
    #expect(StoreLocation.resolve(explicit: nil, environment: env).path == "/b")
    var noStore = env
    noStore["BYLINE_STORE"] = ""
    #expect(StoreLocation.resolve(explicit: "", environment: noStore).path == "/x/byline")
    #expect(
      StoreLocation.resolve(explicit: nil, environment: ["HOME": "/home/u"]).path
        == "/home/u/.local/share/byline")
    #expect(
      StoreLocation.resolve(explicit: nil, environment: ["HOME": "/h", "XDG_DATA_HOME": "rel"]).path
        == "/h/.local/share/byline")
    #expect(StoreLocation.resolve(explicit: "~/news", environment: env).path == "/home/u/news")
  }
}
