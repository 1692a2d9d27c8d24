// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "paramguard",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "paramguard", targets: ["paramguard"]),
        .executable(name: "skimmer-benchmark", targets: ["SkimmerBenchmark"]),
        .executable(name: "swift-frontend-benchmark", targets: ["SwiftFrontendBenchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.1"),
    ],
    targets: [
        // libgit2 through pkg-config; every repository read goes through it.
        .systemLibrary(
            name: "CLibGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev", "pkg-config"]), .brew(["libgit2", "pkg-config"])]
        ),
        .target(name: "ParamGuardModel"),
        .target(name: "ParamGuardGit", dependencies: ["CLibGit2", "ParamGuardModel"]),
        .target(name: "ParamGuardPython", dependencies: ["ParamGuardModel"]),
        .target(
            name: "ParamGuardSwift",
            dependencies: [
                "ParamGuardModel",
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftSyntax", package: "swift-syntax"),
            ]
        ),
        .target(
            name: "ParamGuardAnalysis",
            dependencies: ["ParamGuardModel", "ParamGuardGit", "ParamGuardPython", "ParamGuardSwift", "CLibGit2"]
        ),
        .target(name: "ParamGuardReport", dependencies: ["ParamGuardModel"]),
        .executableTarget(
            name: "paramguard",
            dependencies: [
                "ParamGuardAnalysis", "ParamGuardReport", "ParamGuardGit", "ParamGuardPython", "ParamGuardSwift", "ParamGuardModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "SkimmerBenchmark", dependencies: ["ParamGuardPython"], path: "Benchmarks/SkimmerBenchmark"),
        .executableTarget(
            name: "SwiftFrontendBenchmark",
            dependencies: [
                "ParamGuardSwift",
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftSyntax", package: "swift-syntax"),
            ],
            path: "Benchmarks/SwiftFrontendBenchmark"
        ),
        // Real git repositories in temporary folders, built with the git binary; shared by the test targets.
        .target(name: "ParamGuardTestSupport", path: "Tests/ParamGuardTestSupport"),
        .testTarget(name: "ParamGuardPythonTests", dependencies: ["ParamGuardPython", "ParamGuardModel", "ParamGuardTestSupport"]),
        .testTarget(name: "ParamGuardSwiftTests", dependencies: ["ParamGuardSwift", "ParamGuardModel", "ParamGuardTestSupport"]),
        .testTarget(
            name: "ParamGuardAnalysisTests",
            dependencies: ["ParamGuardAnalysis", "ParamGuardModel", "ParamGuardPython", "ParamGuardSwift", "ParamGuardGit", "ParamGuardTestSupport"]
        ),
        .testTarget(name: "ParamGuardGitTests", dependencies: ["ParamGuardGit", "ParamGuardTestSupport"]),
        .testTarget(name: "ParamGuardReportTests", dependencies: ["ParamGuardReport", "ParamGuardModel"]),
        .testTarget(name: "EndToEndTests", dependencies: ["paramguard", "ParamGuardTestSupport"]),
    ]
)

// The fuzz build (Fuzz/run.sh sets PARAMGUARD_FUZZ and builds with `--sanitize=fuzzer
// --sanitize=address`): the libraries and the libFuzzer targets only. A fuzz target's entry point is
// `LLVMFuzzerTestOneInput` and libFuzzer supplies `main`, so an ordinary build could not link one; and
// with the fuzzer sanitizer every executable is compiled as a library, which the benchmarks' top-level
// code is not. One `swift build` builds them all (building them one product at a time recompiled
// swift-syntax each time).
if Context.environment["PARAMGUARD_FUZZ"] != nil {
    package.products = []
    package.targets = package.targets.filter { $0.type == .regular || $0.type == .system } + [
        .executableTarget(name: "fuzz-python-skimmer", dependencies: ["ParamGuardPython"], path: "Fuzz/PythonSkimmer"),
        .executableTarget(name: "fuzz-swift-frontend", dependencies: ["ParamGuardSwift"], path: "Fuzz/SwiftFrontend"),
        .executableTarget(name: "fuzz-cache-decoders", dependencies: ["ParamGuardAnalysis", "ParamGuardGit", "ParamGuardModel", "CLibGit2"], path: "Fuzz/CacheDecoders"),
        .executableTarget(name: "fuzz-git-config", dependencies: ["ParamGuardGit", "CLibGit2"], path: "Fuzz/GitConfig"),
        .executableTarget(name: "fuzz-migration-records", dependencies: ["ParamGuardAnalysis", "ParamGuardModel"], path: "Fuzz/MigrationRecords"),
    ]
}
