import Foundation
import Testing
@testable import TimelineModel

/// AWS VPC flow logs, as the text files delivered to S3 and as JSON: each record a span
/// from `start` to `end` (epoch seconds, AWS's documentation), titled by who talked to
/// whom, its action the kind, its source the actor; a NODATA record has no addresses.
/// Records from AWS's "Flow log record examples".
@Suite struct VPCFlowLogTests {
    static let file = "vpc-flow-log/123456789010_vpcflowlogs_us-east-1_fl-1234abcd_20141214T0400Z_hash.log"

    func export(_ t: Timeline, zone: String? = nil) -> String { FormatFixtures.text(t, zone: zone) }

    @Test func theTextFilesDeliveredToS3() throws {
        let t = try FormatFixtures.load(Self.file)
        #expect(t.inputFormat == "AWS VPC flow log (start and end in epoch seconds)")
        #expect(t.events.map(\.title) == ["172.31.16.139:20641 → 172.31.16.21:22 TCP ACCEPT",
                                          "172.31.9.69:49761 → 172.31.9.12:3389 TCP REJECT", "no flow data (NODATA)"])
        #expect(t.events.map(\.kind) == ["ACCEPT", "REJECT", "NODATA"])
        #expect(t.events.map(\.actor) == ["172.31.16.139", "172.31.9.69", nil])
        // 1418530010–1418530070: 04:06:50–04:07:50 UTC, 23:06:50 the day before in New York.
        #expect(export(t).contains("Sunday 14 December 2014\n  04:06:50–04:07:50 (1 min)  172.31.16.139 — 172.31.16.139:20641 → 172.31.16.21:22 TCP ACCEPT\n"))
        #expect(export(t, zone: "America/New_York").contains("Saturday 13 December 2014\n  23:06:50–23:07:50 (1 min)  172.31.16.139"))
        // `-` is left out, as it says nothing.
        #expect(!t.events[2].extraFields.contains { $0.name == "srcport" })
    }

    @Test func theSameRecordsAsJSON() throws {
        let t = try FormatFixtures.load("vpc-flow-log/flow.jsonl")
        #expect(t.inputFormat == "JSON Lines log (AWS VPC flow log: start and end in epoch seconds)")
        #expect(t.events.map(\.title) == ["172.31.16.139:20641 → 172.31.16.21:22 TCP ACCEPT"])
        #expect(export(t).contains("  04:06:50–04:07:50 (1 min)  172.31.16.139 — 172.31.16.139:20641 → 172.31.16.21:22 TCP ACCEPT\n"))
    }
}
