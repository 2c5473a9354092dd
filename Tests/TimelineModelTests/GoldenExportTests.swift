import Foundation
import Testing
import TimelineModel

/// The fixture's text export, pinned byte for byte in `Tests/Golden/`. To accept a change
/// on purpose, run with `UPDATE_GOLDEN=1` and review the diff.
@Suite struct GoldenExportTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func golden(_ name: String) -> URL {
        root.appendingPathComponent("Tests/Golden/\(name)")
    }

    @Test(arguments: [
        ("export-new-york.txt", nil as String?, false),
        ("export-utc.txt", "UTC", false),
        ("export-paris.txt", "Europe/Paris", false),
        ("export-details.txt", nil, true),
    ])
    func fixtureExportMatchesGolden(file: String, zone: String?, details: Bool) throws {
        let timeline = try TimelineLoader.load(path: Self.root.appendingPathComponent("fixtures/2017-11-03.json").path)
        let exporter = TextExporter(timeline: timeline, zone: zone.flatMap(Zone.init(identifier:)),
                                    options: .init(details: details, width: 80))
        let text = exporter.text()
        let url = Self.golden(file)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected)
    }
}
