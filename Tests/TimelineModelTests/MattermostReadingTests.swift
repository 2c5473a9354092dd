import Foundation
import Testing
@testable import TimelineModel

/// Mattermost: a bulk export (`mmctl export create`) and a post list of the REST API, each
/// post an event at its `create_at` to the millisecond, in UTC.
@Suite struct MattermostReadingTests {
    typealias F = FormatFixtures

    /// Zulip's test export, made by a Mattermost server: posts of several channels and teams,
    /// a reply nested in its post, reactions and emoji lines.
    @Test func aBulkExportIsReadPostByPostWithItsReplies() throws {
        let t = try F.load("mattermost/zulip-export.jsonl")
        #expect(t.inputFormat == "Mattermost (bulk export)")
        #expect(t.events.count == 21)
        // Several channels of two teams: no channel titles the timeline.
        #expect(t.title == "zulip-export.jsonl")
        let lines = F.exportLines(t, zone: "UTC")
        #expect(lines.contains("  11:14:12.598   malfoy — malfoy joined the team."))
        #expect(lines.contains("  11:09:44.976   ron — The weather is so hot!"))
        let reply = try #require(t.events.first { $0.title == "The weather is so hot!" })
        let post = try #require(t.events.first { $0.title == "harry joined the channel." && $0.extraFields.contains(ExtraField(name: "channel", json: #""~dumbledores-army""#)) })
        #expect(reply.extraFields.contains(ExtraField(name: "reply_to", json: "\"\(post.id)\"")))
        #expect(post.id == "zulip-export:14")
        #expect(reply.precision == .exact && ExportTimes.written(reply.time) == "2019-03-21T11:09:44.976Z")
        let awesome = try #require(t.events.first { $0.title == "Awesome!" })
        #expect(awesome.actor == "harry")
        #expect(awesome.extraFields.contains { $0.name == "reactions" && $0.json.contains("\"tick\"") })
        #expect(awesome.extraFields.contains(ExtraField(name: "team", json: #""gryffindor""#)))
    }

    /// Direct posts: their members kept, a file shown by its name when the post has no text,
    /// and control characters in a message neutralised before any screen or export.
    @Test func directPostsAndAnIncidentChannel() throws {
        let d = try F.load("mattermost/zulip-direct-channel.jsonl")
        #expect(d.events.count == 11)
        let hey = try #require(d.events.first { $0.title == "hey harry" })
        #expect(hey.extraFields.contains(ExtraField(name: "channel_members", json: #"["ron","harry"]"#)))
        let t = try F.load("mattermost/incident-export.jsonl")
        #expect(t.title == "~inc-2023-11-14 (Acme Ops)")
        #expect(t.events.map(\.title) == ["ana.ops joined the channel.", "Looking at checkout errors.", "can you take comms? I'm on the rollback",
                                          "Rolling back deploy 2023.11.14-3 on checkout-api", "attached a file: error-rate.png",
                                          "Error rate back under 0.1%. Monitoring."])
        #expect(t.events[0].kind == "system_join_channel")
        #expect(t.events[1].extraFields.contains(ExtraField(name: "edit_at", json: "1699972390902")))
        #expect(t.events[1].extraFields.contains(ExtraField(name: "is_pinned", json: "true")))
        let text = F.text(t, zone: "UTC")
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("  14:32:05.118   ana.ops — Looking at checkout errors.\n"))
    }

    /// The REST API's post list: ids, replies by `root_id`, a system message, a deleted post
    /// kept and marked, a webhook's attachment, and names from the `users.json` beside it.
    @Test func aPostListIsReadWithNamesFromUsersJSON() throws {
        let t = try F.load("mattermost/channel-posts.json")
        #expect(t.inputFormat == "Mattermost (post list; names from users.json)")
        #expect(t.warnings.isEmpty)
        #expect(t.events.map(\.id) == ["kq3n1w9o7fgyjx6e4h8dce5rmr", "p7w3ax5f1ibd9jbq4o3qk6n8ye", "3hx8jme1wprm5k9qz4ucb7rnfa",
                                       "c1y6oq8nfid38rtxw3ghb9aq4e", "z9ui4xkq6j8cmbh1sh5p7dfe3o", "e5ra7pq3mtrg8n1zk9uwya4bxh",
                                       "m2f8bsk5y3dwzxc6qj4ra9hn1e"])
        #expect(t.events.map { $0.actor ?? "" } == ["ana.ops", "PagerDuty", "ana.ops", "bo", "bo", "ana.ops", "ana.ops"])
        #expect(t.events.map { $0.kind ?? "" } == ["system_join_channel", "", "", "", "deleted", "system_header_change", ""])
        #expect(t.events[1].title == "Triggered: checkout error rate above 5%")
        #expect(t.events[3].extraFields.contains(ExtraField(name: "reply_to", json: #""3hx8jme1wprm5k9qz4ucb7rnfa""#)))
        #expect(t.events[4].extraFields.contains(ExtraField(name: "delete_at", json: "1699972590250")))
        #expect(ExportTimes.written(t.events[0].time) == "2023-11-14T14:30:02.417Z")
        let lines = F.exportLines(t, zone: "UTC")
        #expect(lines.contains("  14:36:12.001   bo — (deleted) wrong channel, sorry"))
        #expect(lines.contains("                 Id: z9ui4xkq6j8cmbh1sh5p7dfe3o · Kind: deleted"))
        #expect(lines.contains("                 Service: checkout-api"))
        #expect(!lines.contains { $0.contains("update_at") || $0.contains("reply_count: 0") })
        #expect(!F.text(t).contains("\u{1B}"))
    }

    /// Without `users.json`, the users are their ids, and a warning says where names come from.
    @Test func aPostListWithoutUsersSaysSo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("posts.json").path
        try Data(F.bytes("mattermost/channel-posts.json")).write(to: URL(fileURLWithPath: path))
        let t = try TimelineLoader.load(path: path)
        #expect(t.events[0].actor == "9dq1ac4tjfbxfxqgfzt8a9s3xo")
        #expect(t.warnings.map(\.message) == [
            "7 posts name their user by id only (no users.json beside the file): the answer of GET /api/v4/users saved as users.json beside it gives their names",
        ])
    }

    @Test(arguments: ["mattermost/zulip-export.jsonl", "mattermost/zulip-direct-channel.jsonl", "mattermost/incident-export.jsonl",
                      "mattermost/channel-posts.json"])
    func eachFileIsTakenAsMattermostAndByNoOtherFormat(_ name: String) throws {
        let bytes = try F.bytes(name).withUnsafeBytes { FileBytes(copying: $0) }
        #expect(try InputFormat.detect(bytes, name: name) == .mattermost)
        let others = InputFormat.all.filter { $0 != .mattermost && !$0.permissive && $0.detect(bytes, name).takes }
        #expect(others.isEmpty)
    }

    /// No other format's real file is taken for Mattermost.
    @Test func noOtherFormatsFileIsTakenForMattermost() throws {
        let folder = F.folder
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        var checked = 0
        for name in files where !name.hasPrefix("mattermost") && !name.hasSuffix(".md") {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: F.path(name), isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let bytes = try F.bytes(name).withUnsafeBytes { FileBytes(copying: $0) }
            #expect(!InputFormat.mattermost.detect(bytes, name).takes, "\(name)")
            checked += 1
        }
        #expect(checked > 50)
    }

    @Test func aPostWithoutATimeIsRefusedWithItsPlace() {
        let bad = "{\"type\":\"version\",\"version\":1}\n{\"type\":\"post\",\"post\":{\"user\":\"a\",\"message\":\"x\",\"create_at\":\"soon\"}}\n"
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(bad.utf8), name: "export.jsonl")
            Issue.record("read")
        } catch {
            #expect(error.problems.map(\.description) == [
                #"export.jsonl:2:61: post.create_at: create_at "soon" is not milliseconds since 1970 (1553166512493)"#,
            ])
        }
    }

    /// Named with `--input-format`, lines of a bulk export without its version line are
    /// read as one; a JSON document that is neither says what a post list needs.
    @Test func namedWithInputFormatWhatIsNotDetectedIsReadOrRefusedWithItsPlace() throws {
        var options = ReadOptions()
        options.format = .mattermost
        let lines = "{\"type\":\"post\",\"post\":{\"channel\":\"inc\",\"user\":\"ana\",\"message\":\"paged\",\"create_at\":1699972202417}}\n"
        let t = try TimelineLoader.load(bytes: Array(lines.utf8), name: "cut.jsonl", options: options)
        #expect(t.events.map(\.title) == ["paged"])
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(#"{"title": "t", "events": []}"#.utf8), name: "t.json", options: options)
            Issue.record("read")
        } catch {
            #expect(error.problems.map(\.description) == ["t.json:1:1: posts: expected an object of posts by id"])
        }
    }

    /// A line that is not read is passed over by the type written first; a post's line is
    /// parsed, and a fault in it said with its place.
    @Test func onlyPostAndTeamLinesAreParsed() {
        let file = "{\"type\":\"version\",\"version\":1}\n{\"type\":\"user\",\"user\":{\"username\":\"ana\",}}\n"
            + "{\"type\":\"post\",\"post\":{\"user\":\"ana\",\"message\":\"x\",\"create_at\":1699972202417,}}\n"
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(file.utf8), name: "export.jsonl")
            Issue.record("read")
        } catch {
            #expect(error.problems.map(\.description) == ["export.jsonl:3:77: unexpected '}'; expected a field name in double quotes"])
        }
    }

    @Test func namedWithInputFormatAndMergedWithTheFixture() throws {
        var options = ReadOptions()
        options.format = .mattermost
        let t = try F.load("mattermost/incident-export.jsonl", options)
        let fixture = try TimelineLoader.load(path: FixtureLoadingTests.fixturePath)
        let merged = TimelineMerge.merge([MergeInput(label: "incident", timeline: fixture), MergeInput(label: "chat", timeline: t)])
        #expect(merged.events.count == fixture.events.count + t.events.count)
        let text = TextExporter(timeline: merged, zone: Zone(identifier: "UTC"), options: .init(width: nil)).text()
        #expect(text.contains("  14:35:51.776   [chat] bo — Rolling back deploy 2023.11.14-3 on checkout-api\n"))
    }
}
