import Foundation
import TestSupport
import Testing
@testable import TimelineModel

/// The event relative times count from reads `T+0` in every export, as on screen — even
/// when its time is approximate (`~18:48`), and even when the export lists events from the
/// file's bytes, which carry no id. Another event at the same instant would still read `~T+0`.
@Suite struct MarkReadsTPlusZeroTests {
    static let loaded = try! TimelineLoader.load(path: FixtureLoadingTests.fixturePath)

    static var markPosition: Int { loaded.events.firstIndex { $0.id == "deactivation" }! }

    @Test(arguments: [ExportFormat.text, .markdown])
    func theApproximateMarkIsTPlusZero(format: ExportFormat) {
        let view = ExportView(timeline: Self.loaded, mark: Self.markPosition)
        let out = String(decoding: format.bytes(view), as: UTF8.self)
        #expect(!out.contains("~T+0"), "\(format.name): \(out)")
        let markLines = out.split(separator: "\n").filter { $0.contains("T+0") }
        #expect(markLines.count == 1, "\(format.name): \(markLines)")
        #expect(markLines.first?.contains("18:48") == true)
        // The screen's events are whole, with their ids: the loaded file must read the same.
        var whole = Self.loaded
        whole.events = EventList(Array(Self.loaded.events))
        #expect(format.bytes(ExportView(timeline: whole, mark: Self.markPosition)) == format.bytes(view))
    }

    @Test func theLanesExportAgrees() {
        let view = ExportView(timeline: Self.loaded, mark: Self.markPosition)
        let lanes = LaneText(view: view, grouping: .actor).text()
        #expect(!lanes.contains("~T+0"))
        #expect(lanes.contains("T+0"))
    }
}
