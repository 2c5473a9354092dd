// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "timeline-tui",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "timeline-tui", targets: ["timeline-tui"]),
        .library(name: "TimelineModel", targets: ["TimelineModel"]),
        .executable(name: "timeline-gen", targets: ["timeline-gen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The C bridge: a module map and a shim header over ncursesw (wide characters).
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Pure Swift: loading, validating, sorting, filtering, searching, time zones, export.
        // No terminal, no global state.
        .target(
            name: "TimelineModel",
            path: "Sources/TimelineModel"
        ),
        // The executable: CLI/ (commands), App/ (view state, update), Render/ (frames),
        // Terminal/ (the only code that imports CNcurses).
        .executableTarget(
            name: "timeline-tui",
            dependencies: [
                "TimelineModel",
                "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/timeline-tui",
            resources: [.embedInCode("Resources/bundled-incident.json")]
        ),
        // Synthetic events for benchmarks (`scripts/gen-timeline`, `scripts/bench`).
        .executableTarget(
            name: "timeline-gen",
            dependencies: [
                "SeededRandom",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/timeline-gen"
        ),
        // One seedable random generator for timeline-gen and the tests (not in the product).
        .target(
            name: "SeededRandom",
            path: "Sources/SeededRandom"
        ),
        // What the test suites share: the hostile-input manifest, the unsafe-output oracle,
        // the tags of the slow suites, the seeded random generator.
        .target(
            name: "TestSupport",
            dependencies: ["SeededRandom"],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "TimelineModelTests",
            dependencies: ["TimelineModel", "TestSupport"],
            path: "Tests/TimelineModelTests"
        ),
        .testTarget(
            name: "TimelineTUITests",
            // CNcurses for the C library's `wcwidth`, the reference the width table is checked against.
            dependencies: ["timeline-tui", "TimelineModel", "TestSupport", "CNcurses"],
            path: "Tests/TimelineTUITests",
            exclude: ["Golden"]  // whole screens as text, read by path in the tests
        ),
    ]
)
