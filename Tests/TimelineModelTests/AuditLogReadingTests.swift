import Testing
@testable import TimelineModel

/// Cloud and cluster audit logs, one event a line, whose time, title and actor sit in
/// fields of their own schema: AWS CloudTrail, Azure's activity log and Microsoft 365's
/// audit log from Plaso's test data, and a Kubernetes audit log (see SOURCES.md). Each is
/// recognised by its shape and says so in "Read as". And nginx's access log as JSON,
/// whose `$time_local` is the Common Log Format's time.
@Suite struct AuditLogReadingTests {
    typealias F = FormatFixtures

    func rows(_ name: String, zone: String, _ expected: [(String, String, String)]) throws -> Timeline {
        let t = try F.load(name)
        let lines = F.exportLines(t, zone: zone)
        for (title, day, time) in expected {
            let shown = try #require(F.shown(title, in: lines), "\(name): \(title)")
            #expect(shown.day == day && shown.time == time, "\(name): \(title) in \(zone)")
        }
        return t
    }

    @Test func cloudTrailEventsByNameAndUser() throws {
        // EventTime "2022-02-08 09:23:37+11:00" (the CloudTrailEvent says 2022-02-07T22:23:37Z).
        let t = try rows("jsonl-log/aws_cloudtrail.jsonl", zone: "UTC", [
            ("DescribeInstances", "Monday 7 February 2022", "22:23:37"),
            ("CreateSecurityGroup", "Monday 7 February 2022", "22:19:04"),
            ("TerminateInstances", "Monday 7 February 2022", "22:23:18"),
        ])
        #expect(t.inputFormat == "JSON Lines log (AWS CloudTrail)")
        _ = try rows("jsonl-log/aws_cloudtrail.jsonl", zone: "Australia/Sydney", [("DescribeInstances", "Tuesday 8 February 2022", "09:23:37")])
        let call = try #require(t.events.first { $0.title == "DescribeInstances" })
        #expect(call.actor == "fakeusername" && call.kind == "ec2.amazonaws.com")
        #expect(call.extraFields.map(\.name).contains("CloudTrailEvent"))
    }

    @Test func azureActivityLogByOperationAndCaller() throws {
        let t = try rows("jsonl-log/azure_activity_log.jsonl", zone: "UTC", [
            ("Microsoft.Compute/virtualMachines/write", "Wednesday 9 February 2022", "03:00:37.136728"),
            ("Microsoft.Compute/disks/write", "Wednesday 9 February 2022", "03:00:39.333461"),
        ])
        #expect(t.inputFormat == "JSON Lines log (Azure activity log)")
        _ = try rows("jsonl-log/azure_activity_log.jsonl", zone: "America/New_York",
                     [("Microsoft.Compute/virtualMachines/write", "Tuesday 8 February 2022", "22:00:37.136728")])
        #expect(t.events[0].actor == "fakeemail@fakedomain.com" && t.events[0].kind == "Informational")
    }

    @Test func microsoft365AuditTimesAreUTCByItsSchema() throws {
        // CreationTime "2022-05-07T12:55:53", UTC by Microsoft's schema, and said so.
        let t = try rows("jsonl-log/microsoft_audit_log.jsonl", zone: "UTC", [
            ("Install-DefaultSharingPolicy", "Saturday 7 May 2022", "12:55:53"),
        ])
        _ = try rows("jsonl-log/microsoft_audit_log.jsonl", zone: "Asia/Tokyo", [("Install-DefaultSharingPolicy", "Saturday 7 May 2022", "21:55:53")])
        #expect(t.inputFormat == "JSON Lines log (Microsoft 365 audit: CreationTime in UTC (its schema))")
        #expect(t.events[0].kind == "Exchange")
        #expect(t.events[0].actor == "NT AUTHORITY\\SYSTEM (Microsoft.Exchange.Servicehost)")
        // An --assume-zone for every file of a merge leaves the schema's UTC; one naming this
        // file moves it.
        let everyFile = TimeReading(assumedZone: Zone(identifier: "Europe/Paris"))
        let kept = try F.load("jsonl-log/microsoft_audit_log.jsonl", ReadOptions(time: everyFile))
        #expect(F.shown("Install-DefaultSharingPolicy", in: F.exportLines(kept, zone: "UTC"))!.time == "12:55:53")
        var thisFile = everyFile
        thisFile.assumedZoneNamesThisFile = true
        let paris = try F.load("jsonl-log/microsoft_audit_log.jsonl", ReadOptions(time: thisFile))
        #expect(F.shown("Install-DefaultSharingPolicy", in: F.exportLines(paris, zone: "UTC"))!.time == "10:55:53")
    }

    @Test func kubernetesAuditByVerbURIAndUser() throws {
        let t = try rows("jsonl-log/kubernetes-audit.log", zone: "UTC", [
            ("create /api/v1/namespaces/default/events", "Sunday 11 August 2024", "15:04:42.938588"),
            ("get /apis/storage.k8s.io/v1/csinodes/kind-control-plane?resourceVersion=0", "Sunday 11 August 2024", "15:04:42.940142"),
        ])
        _ = try rows("jsonl-log/kubernetes-audit.log", zone: "Asia/Tokyo",
                     [("create /api/v1/namespaces/default/events", "Monday 12 August 2024", "00:04:42.938588")])
        #expect(t.inputFormat == "JSON Lines log (Kubernetes audit)")
        #expect(t.events.map(\.kind) == ["create", "get"])
        #expect(t.events.allSatisfy { $0.actor == "system:node:kind-control-plane" })
        // requestReceivedTimestamp is the time; stageTimestamp is kept.
        #expect(t.events[1].extraFields.contains { $0.name == "stageTimestamp" && $0.json == "\"2024-08-11T15:04:42.940847Z\"" })
    }

    @Test func nginxAccessLogWithTimeLocal() throws {
        // "19/Oct/2025:15:33:23 +0800": 07:33:23 UTC, in the offset written by default.
        let t = try rows("jsonl-log/nginx-access.jsonl", zone: "UTC", [
            ("GET / HTTP/1.1", "Sunday 19 October 2025", "07:33:23"),
            ("POST /api/orders HTTP/1.1", "Sunday 19 October 2025", "08:02:07"),
        ])
        _ = try rows("jsonl-log/nginx-access.jsonl", zone: "America/Los_Angeles", [("GET /favicon.ico HTTP/1.1", "Sunday 19 October 2025", "00:33:24")])
        #expect(t.inputFormat == "JSON Lines log (nginx access log)")
        #expect(t.events.map(\.kind) == ["200", "404", "502"])
        #expect(t.events[2].actor == "10.244.0.7")
        #expect(t.events[0].precision == .second)
        // The Common Log Format's time is read wherever a time field holds one.
        #expect(CommonLogTime.parse("02/Jul/2019:13:42:11 -0700")?.offsetSeconds == -25_200)
        #expect(CommonLogTime.parse("31/Feb/2019:13:42:11 +0000") == nil)
        #expect(CommonLogTime.parse("02/Jly/2019:13:42:11 +0000") == nil)
    }

    /// CloudTrail's own records (the `CloudTrailEvent` text of each line of Plaso's
    /// lookup-events file, one a line, as `jq -c '.Records[]'` gives them from CloudTrail's
    /// S3 log files): `eventTime` "2022-02-07T22:19:04Z", `eventName`, `userIdentity`. Read
    /// without --map, they give the same events as the lookup-events file they came from.
    @Test func cloudTrailRecordsAsCloudTrailWritesThem() throws {
        let t = try rows("jsonl-log/cloudtrail-records.jsonl", zone: "UTC", [
            ("CreateSecurityGroup", "Monday 7 February 2022", "22:19:04"),
            ("SharedSnapshotVolumeCreated", "Monday 7 February 2022", "22:19:07"),
            ("DescribeInstances", "Monday 7 February 2022", "22:23:37"),
        ])
        _ = try rows("jsonl-log/cloudtrail-records.jsonl", zone: "Australia/Sydney", [
            ("CreateSecurityGroup", "Tuesday 8 February 2022", "09:19:04"),
        ])
        #expect(t.inputFormat == "JSON Lines log (AWS CloudTrail records)")
        #expect(t.warnings.isEmpty)
        let lookup = try F.load("jsonl-log/aws_cloudtrail.jsonl")
        #expect(t.events.map(\.title) == lookup.events.map(\.title))
        #expect(t.events.map(\.actor) == lookup.events.map(\.actor))
        #expect(t.events.map(\.kind) == lookup.events.map(\.kind))
        #expect(t.events.map(\.sortInstant) == lookup.events.map(\.sortInstant))
    }
}
