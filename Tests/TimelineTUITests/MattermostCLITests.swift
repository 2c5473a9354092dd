import Foundation
import Testing
import TimelineModel
@testable import timeline_tui

/// A responder's Mattermost files through the command line: detected or named with
/// `--input-format mattermost`, exported as text, merged with another file.
@Suite struct MattermostCLITests {
    static let folder = CLIProcess.packageRoot.appendingPathComponent("Tests/Fixtures/formats/mattermost")
    static func file(_ name: String) -> String { folder.appendingPathComponent(name).path }

    @Test func aBulkExportIsExportedAsTextTitledByItsChannel() throws {
        let r = try CLIRun.run(["export", Self.file("incident-export.jsonl"), "--tz", "UTC", "--input-format", "mattermost"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("~inc-2023-11-14 (Acme Ops)\n"))
        #expect(r.stdout.contains("Read as:    Mattermost (bulk export)\n"))
        #expect(r.stdout.contains("  14:35:51.776   bo — Rolling back deploy 2023.11.14-3 on checkout-api\n"))
        // The escape in a message never reaches the terminal raw.
        #expect(!r.stdout.contains("\u{1B}"))
    }

    @Test func aPostListMergedWithTheBulkExportFoldsNothingAndKeepsBoth() throws {
        let r = try CLIRun.run(["export", Self.file("channel-posts.json"), Self.file("incident-export.jsonl"), "--tz", "UTC",
                                "--label", "channel-posts.json=api", "--label", "incident-export.jsonl=chat", "--details"])
        #expect(r.status == 0)
        // The same happening in both files is shown once, each file's id kept.
        #expect(r.stdout.contains("api: 14:35:51.776 · id c1y6oq8nfid38rtxw3ghb9aq4e"))
        #expect(r.stdout.contains("chat: 14:35:51.776 · id incident-export:7-2"))
        #expect(r.stdout.contains("[api] PagerDuty — Triggered: checkout error rate above 5%"))
    }
}
