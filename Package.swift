// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
  name: "byline",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "byline", targets: ["byline"]),
    .executable(name: "byline-train", targets: ["byline-train"]),
    .executable(name: "byline-bench", targets: ["byline-bench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
  ],
  targets: [
    // The only C: ncursesw, wrapped by tiny shims for globals and macros.
    .systemLibrary(
      name: "CNcurses",
      providers: [.apt(["libncursesw5-dev"])]
    ),
    // libxml2, for feeds (XML) and web pages (HTML).
    .systemLibrary(
      name: "CLibXML2",
      path: "Sources/CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    // Pure value-type grid of styled cells, display width, sanitiser, diff.
    .target(name: "BylineScreen", swiftSettings: strict),
    // The ncurses backend: the only code that imports CNcurses.
    .target(
      name: "BylineCurses",
      dependencies: ["BylineScreen", "CNcurses"],
      swiftSettings: strict
    ),
    // Article files, the store directory, import, read/star state.
    .target(name: "BylineStore", swiftSettings: strict),
    // Tokenizer and trained tagger for people and organizations.
    .target(
      name: "BylineEntities",
      exclude: ["MODEL_FORMAT.md"],
      resources: [.copy("Resources/ner-en.model")],
      swiftSettings: strict
    ),
    // RSS, Atom, JSON Feed and HTML to articles, for import.
    .target(
      name: "BylineFeeds",
      dependencies: ["BylineStore", "CLibXML2"],
      swiftSettings: strict
    ),
    // Reader core: state, actions, key map, layout, themes, views. No I/O.
    .target(
      name: "BylineCore",
      dependencies: ["BylineScreen", "BylineStore", "BylineEntities", "TOMLKit"],
      swiftSettings: strict
    ),
    .target(
      name: "BylineTestSupport",
      dependencies: ["BylineScreen"],
      swiftSettings: strict
    ),
    .executableTarget(
      name: "byline",
      dependencies: [
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        "BylineCore", "BylineCurses", "BylineStore", "BylineEntities", "BylineScreen",
        "BylineFeeds",
      ],
      resources: [.copy("Resources/samples")],
      swiftSettings: strict
    ),
    .executableTarget(
      name: "byline-train",
      dependencies: [
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        "BylineEntities",
      ],
      swiftSettings: strict
    ),
    .executableTarget(
      name: "byline-bench",
      dependencies: [
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        "BylineCore", "BylineStore", "BylineEntities", "BylineScreen",
      ],
      swiftSettings: strict
    ),
    .testTarget(
      name: "BylineScreenTests",
      dependencies: ["BylineScreen", "BylineTestSupport"],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "BylineCursesTests",
      dependencies: ["BylineCurses", "BylineScreen"]
    ),
    .testTarget(
      name: "BylineStoreTests",
      dependencies: ["BylineStore", "BylineTestSupport"]
    ),
    .testTarget(
      name: "BylineFeedsTests",
      dependencies: ["BylineFeeds", "BylineStore", "BylineTestSupport"]
    ),
    .testTarget(
      name: "BylineEntitiesTests",
      dependencies: ["BylineEntities", "BylineTestSupport"]
    ),
    .testTarget(
      name: "BylineCoreTests",
      dependencies: [
        "BylineCore", "BylineScreen", "BylineStore", "BylineEntities", "BylineTestSupport",
      ],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["BylineTestSupport"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
