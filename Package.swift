// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "guides",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "guides", targets: ["guides"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // libcmark from Debian's libcmark-dev; only GuidesMarkdown imports it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // libhunspell from Debian's libhunspell-dev, with hunspell-fr (Dicollecte's dictionary):
        // French lemmas and parts of speech; only GuidesText imports it.
        .systemLibrary(
            name: "CHunspell",
            pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev", "hunspell-fr"])]
        ),
        .target(name: "GuidesMarkdown", dependencies: ["CCmark", "GuidesText"]),
        .target(name: "GuidesText", dependencies: ["CHunspell"]),
        .target(name: "GuidesModel"),
        // Where pages live and how they link (URLs, anchors), and the site's output files:
        // shared by the renderer and the search index.
        .target(name: "GuidesPaths", dependencies: ["GuidesText"]),
        .target(name: "GuidesImport", dependencies: ["GuidesText"]),
        .target(
            name: "GuidesParser",
            dependencies: [
                "GuidesModel", "GuidesMarkdown", "GuidesText",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "GuidesExtract",
            dependencies: ["GuidesModel", "GuidesMarkdown", "GuidesParser", "GuidesText"]
        ),
        .target(
            name: "GuidesRender",
            dependencies: [
                "GuidesModel", "GuidesMarkdown", "GuidesPaths", "GuidesText",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(name: "GuidesSearch", dependencies: ["GuidesModel", "GuidesPaths", "GuidesText"]),
        .target(
            name: "GuidesSite",
            dependencies: ["GuidesModel", "GuidesParser", "GuidesExtract", "GuidesPaths", "GuidesRender", "GuidesSearch", "GuidesImport", "GuidesText"]
        ),
        .executableTarget(
            name: "guides",
            dependencies: [
                "GuidesSite", "GuidesSearch", "GuidesImport", "GuidesRender", "GuidesModel", "GuidesText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "GuidesMarkdownTests", dependencies: ["GuidesMarkdown"]),
        .testTarget(name: "GuidesTextTests", dependencies: ["GuidesText"], exclude: ["Fixtures"]),
        .testTarget(name: "GuidesImportTests", dependencies: ["GuidesImport", "GuidesText"], exclude: ["Fixtures"]),
        .testTarget(name: "GuidesParserTests", dependencies: ["GuidesParser", "GuidesModel"]),
        .testTarget(
            name: "GuidesGraphTests", dependencies: ["GuidesExtract", "GuidesParser", "GuidesModel", "GuidesText"],
            exclude: ["Fixtures"]),
        .testTarget(name: "GuidesSiteTests", dependencies: ["GuidesSite", "GuidesPaths", "GuidesRender", "GuidesModel"]),
        .testTarget(name: "GuidesSearchTests", dependencies: ["GuidesSearch", "GuidesSite", "GuidesRender", "GuidesPaths", "GuidesText"], exclude: ["Fixtures"]),
        .testTarget(name: "GuidesRenderTests", dependencies: ["GuidesRender", "GuidesMarkdown", "GuidesModel", "GuidesText"]),
        // The extractors on texts they were not written against (Tests/unseen/).
        .testTarget(
            name: "GuidesUnseenTests",
            dependencies: ["GuidesSite", "GuidesImport", "GuidesExtract", "GuidesParser", "GuidesRender", "GuidesModel", "GuidesText"]),
    ],
    swiftLanguageModes: [.v6]
)
