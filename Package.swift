// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Suoyin",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "suoyin", targets: ["suoyin"]),
        // `suoyin serve` and `suoyin mcp`, which `suoyin` becomes (execv) when given those commands.
        .executable(name: "suoyin-serve", targets: ["suoyin-serve"]),
        .library(name: "SuoyinCore", targets: ["SuoyinCore"]),
        .library(name: "TextAnalysis", targets: ["TextAnalysis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
    ],
    targets: [
        // Folding and tokenizing: pure Swift, no SQLite.
        .target(name: "TextAnalysis"),
        // Ingest, index, query and citations over SQLite FTS5 (through GRDB).
        .target(
            name: "SuoyinCore",
            dependencies: [
                "TextAnalysis",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The C API, for the FTS5 auxiliary function and raw statement stepping.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Query/README.md"]
        ),
        // `suoyin serve`: the search page and the JSON API over HTTP (Hummingbird); no printing but its log.
        .target(
            name: "SuoyinServer",
            dependencies: [
                "SuoyinCore", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // What both programs below share: the options of every command that both parse, the
        // index option, the console and the printers the MCP tools' text reuses.
        .target(
            name: "SuoyinCommandLine",
            dependencies: ["SuoyinCore", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            plugins: ["GitRevision"]
        ),
        // The command-line tool: argument parsing and printing only. It links neither the
        // server nor the MCP SDK (their libraries cost every process about 6 ms to load):
        // `serve` and `mcp` hand over to `suoyin-serve`, beside it.
        .executableTarget(
            name: "suoyin",
            dependencies: [
                "SuoyinCore", "SuoyinCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `suoyin serve` (SuoyinServer) and `suoyin mcp`, the Model Context Protocol server over stdio.
        .executableTarget(
            name: "suoyin-serve",
            dependencies: [
                "SuoyinCore", "SuoyinCommandLine", "SuoyinServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "MCP", package: "swift-sdk"),
            ]
        ),
        // Stamps the git revision into `suoyin --version` at build time.
        .plugin(name: "GitRevision", capability: .buildTool(), path: "Sources/GitRevision"),
        // Remakes the generated Han fold table from OpenCC and Unicode data (needs opencc_dict).
        .executableTarget(name: "fold-table-generator", path: "Sources/fold-table-generator"),
        // Measures indexing and search against an FTS5 trigram baseline (not part of `swift test`).
        // The benchmark: `swift run -c release suoyin-bench` (not part of `swift test`).
        .executableTarget(
            name: "suoyin-bench",
            dependencies: [
                "SuoyinCore", "TextAnalysis", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The Tantivy baseline's Python script, run from the source tree.
            exclude: ["Tantivy"]
        ),
        // Helpers shared by the tests and the benchmark (a seeded generator).
        .target(name: "TestSupport"),
        .testTarget(name: "TextAnalysisTests", dependencies: ["TextAnalysis", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "SuoyinCoreTests",
            dependencies: [
                "SuoyinCore", "TextAnalysis", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SuoyinServerTests",
            dependencies: [
                "SuoyinServer", "SuoyinCore", "SuoyinCommandLine", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // Golden/ holds the CLI's recorded output (see GoldenTests), read from the source tree.
        .testTarget(
            name: "suoyinTests",
            dependencies: [
                "suoyin", "suoyin-serve", "SuoyinCommandLine", "SuoyinCore", "TextAnalysis", "TestSupport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["Golden"]
        ),
    ]
)

// Coverage-guided fuzz targets (libFuzzer), only when SUOYIN_FUZZ=1: `.ci/fuzz` builds and
// runs them with the fuzzer and address sanitizers, which `swift build` and `swift test` never need.
if Context.environment["SUOYIN_FUZZ"] == "1" {
    package.targets += [
        .target(name: "LibFuzzerDriver", path: "Tests/Fuzz/LibFuzzerDriver"),
        .executableTarget(
            name: "suoyin-fuzz",
            dependencies: [
                "SuoyinCore", "TextAnalysis", "LibFuzzerDriver",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Tests/Fuzz/suoyin-fuzz"
        ),
    ]
}
