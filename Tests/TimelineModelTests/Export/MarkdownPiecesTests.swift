import TestSupport
import Testing
@testable import TimelineModel

/// A big Markdown export is made in pieces at once, and with `--details` (the details of a
/// day beneath its table) each piece starts at a day's heading: whatever the number of
/// pieces, the bytes are those of the export made in one piece.
@Suite(.tags(.slow)) struct MarkdownPiecesTests {
    @Test func piecesWithDetailsStartAtADayAndReadAsOne() throws {
        let (lazy, _) = try FastExportTests.timelines()
        for zone in [nil, Zone.utc, Zone(identifier: "Asia/Kolkata")] {
            for style in ExportView.MarkdownStyle.allCases {
                let view = ExportView(timeline: lazy, zone: zone, relative: true, details: true, markdownStyle: style)
                let whole = MarkdownWriter(view: view).parts(pieces: 1).joined()
                #expect(whole.count > 10_000)
                for count in [2, 4, 7, 40] {
                    let cut = MarkdownWriter(view: view).parts(pieces: count)
                    #expect(Array(cut.joined()) == Array(whole), "\(style) in \(count) pieces, zone \(zone?.identifier ?? "home")")
                }
            }
        }
    }

    /// Each cut moves forward to where the rule holds; a piece that finds no such place
    /// before the next one's start joins it, and no position is lost or repeated.
    @Test func cutsMoveToWhereTheRuleHolds() {
        let indices = Array(0..<100)
        let starts: Set = [0, 7, 8, 30, 95]
        let pieces = ExportPieces(indices, count: 10).cut(indices) { _, at in starts.contains(at) }
        #expect(pieces.pieces.map { $0.indices.first! } == [0, 30, 95])
        #expect(pieces.pieces.flatMap { Array($0.indices) } == indices)
        #expect(pieces.pieces.map(\.previous) == [nil, 29, 94])
    }
}
