import Foundation
import Testing
import TimelineModel
@testable import timeline_tui

/// The merged files' labels in the narrow source column and the lanes' names: cut so
/// that no two files read the same (`SourceLabels`).
@Suite struct SourceLabelsTests {
    @Test func labelsThatFitAreWhole() {
        #expect(SourceLabels.short(["edge", "pager", "status"], width: 8) == ["edge", "pager", "status"])
    }

    @Test func startsThatDifferAreKept() {
        #expect(SourceLabels.short(["2017-11-03", "newsroom"], width: 8) == ["2017-11…", "newsroom"])
        #expect(SourceLabels.short(["edge-access-log", "pager-alerts"], width: 8) == ["edge-ac…", "pager-a…"])
    }

    @Test func tenFilesOfOneGeneratorKeepTheirEnds() {
        let labels = (1...10).map { "100000-seed\($0)" }
        let short = SourceLabels.short(labels, width: 8)
        #expect(short[0] == "…0-seed1" && short[9] == "…-seed10")
        #expect(Set(short).count == 10)
        #expect(short.allSatisfy { Printable.width($0) <= 8 })
    }

    @Test func theSharedStartIsLeftOutWhenStartsAndEndsAreAlike() {
        // Same start and the same end: the middle tells them apart.
        let labels = ["incident-edge-2026-11-30", "incident-pager-2026-11-30"]
        let short = SourceLabels.short(labels, width: 10)
        #expect(short == ["…edge-202…", "…pager-20…"])
    }

    @Test func wideCharactersAreCutWhole() {
        let short = SourceLabels.short(["障害報告-東京", "障害報告-大阪"], width: 8)
        #expect(Set(short).count == 2)
        #expect(short.allSatisfy { Printable.width($0) <= 8 })
        #expect(short[0].hasPrefix("…"))
    }

    /// Ten files at 80 columns: each row's label differs, in the list and in the lanes'
    /// header; the detail pane names the whole label.
    @Test func tenMergedFilesAreToldApartOnScreen() throws {
        let s = try Self.tenFiles(width: 80, height: 24)
        try ViewerFixture.expectGolden("merged-ten-list-80x24", ViewerFixture.screen(s))
        let screen = ViewerFixture.screen(s)
        for k in 1...9 { #expect(screen.contains("…0-seed\(k) "), "seed\(k)") }
        #expect(screen.contains("…-seed10 "))
        let lanes = ViewerFixture.screen(ViewerFixture.press(s, "l"))
        let header = lanes.split(separator: "\n")[1]
        #expect(header.contains("…00-seed1 ") && header.contains("…00-seed2 "))
        let detail = ViewerFixture.screen(ViewerFixture.press(s, "G", "Enter"))
        #expect(detail.contains("File: 100000-seed10"))
    }

    static func tenFiles(width: Int, height: Int) throws -> ViewState {
        let inputs = try (1...10).map { k -> MergeInput in
            let json = """
            {"title": "Seed \(k)", "timezone": "UTC", "events": [
              {"id": "e\(k)", "time": "2026-11-30T10:\(String(format: "%02d", k)):00Z", "actor": "gen", "title": "Event of seed \(k)"}
            ]}
            """
            return MergeInput(label: "100000-seed\(k)", timeline: try TimelineLoader.load(bytes: Array(json.utf8), name: "100000-seed\(k).json"))
        }
        return ViewState(timeline: TimelineMerge.merge(inputs), sourceName: "ten files", local: Zone(identifier: "Asia/Tokyo")!,
                         width: width, height: height, measure: .screen)
    }
}
