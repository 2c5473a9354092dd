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

    /// A bulk export holds every channel: merged, its posts are shown from their channel
    /// (`~dumbledores-army`), one source and one lane a channel, and a direct post from the
    /// file; "Read as" names the file once. `--label` still names the whole file.
    @Test func aBulkExportsChannelsAreItsSourcesInAMerge() throws {
        let files = [Self.file("zulip-export.jsonl"), Self.file("incident-export.jsonl")]
        let r = try CLIRun.run(["export"] + files + ["--tz", "UTC", "--format", "json"])
        #expect(r.status == 0)
        let saved = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(saved["source_files"] as? [String] == ["~gryffindor-quidditch-team", "~gryffindor-common-room", "~dumbledores-army",
                                                       "~slytherin-quidditch-team", "~slytherin-common-room", "~inc-2023-11-14", "incident-export"])
        #expect(saved["read_as"] as? String == "zulip-export: Mattermost (bulk export); incident-export: Mattermost (bulk export)")
        let events = try #require(saved["events"] as? [[String: Any]])
        // Each post from its own channel, the extra field saying the same; the direct post from the file.
        for e in events {
            let from = try #require(e["source_files"] as? [String])
            let channel = e["channel"] as? String
            #expect(from == [channel ?? "incident-export"], "\(e["title"] ?? "")")
        }
        let text = try CLIRun.run(["export"] + files + ["--tz", "UTC"])
        #expect(text.stdout.contains("  11:11:26.344   [~dumbledores-army] ron — hello\n"))
        #expect(text.stdout.contains("[incident-export] bo — can you take comms? I'm on the rollback"))
        let lanes = try CLIRun.run(["export"] + files + ["--tz", "UTC", "--lanes"])
        #expect(lanes.stdout.contains("~dumbledore… | ~slytherin-… |"))

        let labelled = try CLIRun.run(["export"] + files + ["--tz", "UTC", "--label", "zulip-export.jsonl=zulip"])
        #expect(labelled.stdout.contains("  11:11:26.344   [zulip] ron — hello\n"))
        #expect(labelled.stdout.contains("[~inc-2023-11-14] bo — Rolling back deploy"))
        // Alone, nothing shows a source: the export is one timeline, as read.
        #expect(try CLIRun.run(["export", files[0], "--tz", "UTC"]).stdout.contains("  11:11:26.344   ron — hello\n"))
    }
}
