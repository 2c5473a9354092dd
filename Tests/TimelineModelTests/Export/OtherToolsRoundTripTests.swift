import Foundation
import Testing
import TestSupport
@testable import TimelineModel

/// Every real file of another tool in `Tests/Fixtures/formats`, saved with each lossless
/// export (`json`, `jsonl`, `timesketch-jsonl`, `timesketch-csv`) and read back, gives the
/// same text export with details (but for the line naming the reader of a Timesketch
/// file): what "save an imported timeline" promises, on the files users have.
@Suite(.tags(.slow)) struct OtherToolsRoundTripTests {
    typealias T = TimesketchRoundTripTests

    static let lossless: [ExportFormat] = [.json, .jsonl, .timesketchJSONL, .timesketchCSV]

    /// The fixtures and what reading each needs (`--assume-zone`, `--assume-year`, `--map`).
    static let files: [(name: String, options: ReadOptions)] = {
        var utc = ReadOptions()
        utc.time.assumedZone = .utc
        var syslog = utc
        syslog.time.assumedYear = 2012
        var gharchive = ReadOptions()
        gharchive.map = try! FieldMap.parse("time=created_at,title=type").get()
        let plain = [
            "cloudtrail/s3-log-file.json", "cloudwatch/filter-log-events.json", "cloudwatch/get-log-events.json",
            "csv/rfc4180-crlf-bom.csv", "elasticsearch/getting-started-search.json", "elasticsearch/getting-started-fields.json",
            "json-array/gcloud-logging-read.json", "jsonl-log/aws_cloudtrail.jsonl", "jsonl-log/azure_activity_log.jsonl",
            "jsonl-log/azure_application_gateway_access.json", "jsonl-log/caddy.log", "jsonl-log/cloudtrail-records.jsonl",
            "jsonl-log/example.clef", "jsonl-log/gcp_logging.jsonl", "jsonl-log/kubernetes-audit.log", "jsonl-log/logfile_bunyan.0",
            "jsonl-log/logfile_ecs_log.json", "jsonl-log/logfile_journald.json", "jsonl-log/logfile_json_subsec.json",
            "jsonl-log/logfile_pino.0", "jsonl-log/logfile_postgres_json.json", "jsonl-log/logfile_rust_tracing.0",
            "jsonl-log/microsoft_audit_log.jsonl", "jsonl-log/nginx-access.jsonl", "plaso/dynamic.log", "plaso/dynamic_time_zone.log",
            "plaso/json.log", "plaso/json_built.log", "plaso/json_line.log", "plaso/l2tcsv.log", "plaso/l2tcsv_time_zone.log",
            "spreadsheet-csv/twitter-fr-semicolon.csv", "spreadsheet-csv/twitter-tab.tsv", "statuspage/discord-incidents.json",
            "statuspage/discord-scheduled-maintenances.json", "statuspage/emma-incidents.json", "text-log/cri.log",
            "text-log/syslog_rsyslog_SyslogProtocol23Format", "timelinejs/houston-timeline3.json", "timelinejs/women_in_computing.csv",
            "timelinejs/women_in_computing.json", "timesketch/csv_datetime_last_column.csv", "timesketch/csv_timestamp_as_datetime.csv",
            "timesketch/csv_timestamp_no_datetime.csv", "timesketch/sigma_events.csv", "timesketch/sigma_events.jsonl",
            "timesketch/validate_time_out_of_range.csv", "timesketch/validate_time_precision.csv",
            "timesketch/validate_time_precision_jsonl.jsonl", "timesketch/validate_timestamp_conversion.csv",
            "zeek/json/conn.log", "zeek/json/dns.log", "zeek/json/files.log", "zeek/json/http.log", "zeek/json/packet_filter.log",
            "zeek/tsv/http.log", "timesketch/validate_date_events.csv", "timesketch/validate_date_events_timestamp_manipulation.csv",
            "timesketch/validate_no_datetime_timestamps.csv", "timesketch/validate_time_precision_datetime.csv",
            "timesketch/validate_date_events_missing_timestamp.csv", "services/slack-incident-2023-11-14.json",
            "services/okta-system-log.json", "services/github-audit-log.json", "services/grafana-annotations.json",
            "services/alertmanager-webhook.json", "services/sentry-events.json", "services/pagerduty-log-entries.json",
            "services/opsgenie-logs.json", "postgres/postgresql.csv", "vpc-flow-log/flow.jsonl",
            "vpc-flow-log/123456789010_vpcflowlogs_us-east-1_fl-1234abcd_20141214T0400Z_hash.log",
            "slack/enrique/2016-01-14.json", "slack/enrique/2016-02-07.json", "slack/traveling-sailor/2016-03-27.json",
            "access-log/logfile_access_log.0", "access-log/logfile_access_log.1", "access-log/logfile_shop_access_log.0",
            "logfmt/logfile_logfmt.0", "logfmt/heroku-router.log", "logfmt/go-grafana-loki.logfmt",
            "kubernetes/kubectl-get-events.json", "kubernetes/events.jsonl", "auditd/audit_enriched.log",
            "auditd/rhel-sshd-config.log", "access-log/apache_access.log",
            "markdown/dfds-PM2019-009.md", "markdown/dfds-PM2021-011.md", "markdown/gitlab-2017-01-31-list.md",
            "discord/incident-channel.json",
        ].map { ($0, ReadOptions()) }
        return plain + [("jsonl-log/container-json.log", utc), ("plaso/centos_sshd_events.jsonl", utc),
                        ("spreadsheet-csv/firefox-timeline.csv", utc), ("text-log/dpkg.log", utc), ("text-log/nginx-error.log", utc), ("text-log/apache-error.log", utc),
                        ("text-log/apache22-error.log", utc), ("spreadsheet-csv/fr-journal.csv", utc), ("spreadsheet-csv/de-protokoll.csv", utc),
                        ("text-log/syslog", syslog), ("text-log/syslog_osx", syslog), ("jsonl-log/gharchive_log.jsonl", gharchive)]
    }()

    @Test func everyFileOfAnotherToolComesBackFromEveryLosslessExport() throws {
        for (name, options) in Self.files {
            let original = try FormatFixtures.load(name, options)
            for format in Self.lossless {
                let bytes = format.bytes(ExportView(timeline: original))
                let back = try TimelineLoader.load(bytes: bytes, name: "back." + format.name)
                #expect(back.warnings.isEmpty, "\(name) as \(format.name)")
                #expect(J.textExport(back) == J.textExport(original), "\(name) as \(format.name)")
                #expect(back.events.map(\.extraFields) == original.events.map(\.extraFields), "\(name) as \(format.name)")
            }
        }
    }

    typealias J = JSONRoundTripTests
}
