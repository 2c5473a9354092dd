import Testing
@testable import TimelineModel

/// Spark's log (log4j's `%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m`): two-digit years read as
/// 20yy, said in "Read as" and never warned; the level the kind, the logger the actor;
/// still no zone without `--assume-zone`. Only that exact layout.
@Suite struct TextLogSparkTests {
    static let log = """
        Using Spark's default log4j profile: org/apache/spark/log4j-defaults.properties
        17/06/09 20:10:40 INFO executor.CoarseGrainedExecutorBackend: Registered signal handlers for [TERM, HUP, INT]
        17/06/09 20:10:41 WARN util.NativeCodeLoader: Unable to load native-hadoop library for your platform... using builtin-java classes where applicable
        17/06/09 20:10:41 INFO spark.SecurityManager: Changing view acls to: yarn,curi
        17/06/09 20:11:05 ERROR executor.Executor: Exception in task 0.0 in stage 1.0 (TID 1)
        java.lang.ArithmeticException: / by zero
        \tat Job.run(Job.scala:12)
        17/11/02 18:48:00 INFO SparkContext: Running Spark version 2.2.0

        """

    static func load(_ text: String, zone: String? = "UTC") throws(LoadFailure) -> Timeline {
        try TimelineLoader.load(bytes: Array(text.utf8), name: "spark.log",
                                options: ReadOptions(time: TimeReading(assumedZone: zone.flatMap { Zone(identifier: $0) })))
    }

    @Test func twoDigitYearsAreThisCenturysAndSaidSo() throws {
        let t = try Self.load(Self.log)
        #expect(t.inputFormat == "text log (log4j yy/MM/dd: years read as 20yy)")
        #expect(t.events.map(\.title) == [
            "Registered signal handlers for [TERM, HUP, INT]",
            "Unable to load native-hadoop library for your platform... using builtin-java classes where applicable",
            "Changing view acls to: yarn,curi", "Exception in task 0.0 in stage 1.0 (TID 1)", "Running Spark version 2.2.0",
        ])
        #expect(t.events.map(\.actor) == ["executor.CoarseGrainedExecutorBackend", "util.NativeCodeLoader", "spark.SecurityManager",
                                          "executor.Executor", "SparkContext"])
        #expect(t.events.map(\.kind) == ["INFO", "WARN", "INFO", "ERROR", "INFO"])
        #expect(t.events[0].time.instant == Instant(seconds: 1_497_039_040, nanoseconds: 0))
        #expect(t.events[4].time.instant == Instant(seconds: 1_509_648_480, nanoseconds: 0))
        #expect(t.events.allSatisfy { $0.precision == .second })
        #expect(t.events[3].text == "Exception in task 0.0 in stage 1.0 (TID 1)\njava.lang.ArithmeticException: / by zero\n\tat Job.run(Job.scala:12)")
        // The banner line is the one warning; nothing is said of the years.
        #expect(t.warnings.map(\.message) == ["line 1 carries no time (a banner or header before the first line with a time, line 2): left out"])
        // In another zone, at its instant: 20:10:40 in Paris is 18:10:40 UTC.
        let paris = try Self.load(Self.log, zone: "Europe/Paris")
        #expect(paris.events[0].time.instant == Instant(seconds: 1_497_039_040 - 7200, nanoseconds: 0))
    }

    @Test func noZoneIsGuessed() {
        #expect(throws: LoadFailure.self) { try Self.load(Self.log, zone: nil) }
        do throws(LoadFailure) {
            _ = try Self.load(Self.log, zone: nil)
        } catch {
            #expect(error.problems.contains { $0.description.hasPrefix(#"spark.log:2:1: time "17/06/09 20:10:40" has no zone; add --assume-zone"#) })
        }
    }

    /// Only the exact layout: a level and a logger ending in `:` after the time, a real date.
    @Test func otherLinesWithSlashedDatesAreNotRead() {
        #expect(BSDSyslogLine(log4jShortYear: "17/11/02 18:48:00 INFO SparkContext: x") != nil)
        #expect(BSDSyslogLine(log4jShortYear: "17/11/02 18:48:00 WARN  SparkContext: padded by %-5p")?.tag == "SparkContext")
        #expect(BSDSyslogLine(log4jShortYear: "17/11/02 18:48:00 WARN  SparkContext: padded by %-5p")?.message == "padded by %-5p")
        #expect(BSDSyslogLine(log4jShortYear: "17/11/02 18:48:00 hello world") == nil)
        #expect(BSDSyslogLine(log4jShortYear: "17/11/02 18:48:00 NOTICE SparkContext: x") == nil)
        #expect(BSDSyslogLine(log4jShortYear: "17/11/02 18:48:00 INFO SparkContext x") == nil)
        #expect(BSDSyslogLine(log4jShortYear: "17/13/02 18:48:00 INFO SparkContext: x") == nil)
        #expect(BSDSyslogLine(log4jShortYear: "17/11/02 24:48:00 INFO SparkContext: x") == nil)
        #expect(BSDSyslogLine(log4jShortYear: "2017/11/02 18:48:00 INFO SparkContext: x") == nil)
        // A day that does not exist is refused with its place, not moved to another.
        do throws(LoadFailure) {
            _ = try Self.load("17/02/30 18:48:00 INFO SparkContext: x\n17/03/01 18:48:00 INFO SparkContext: y\n")
            Issue.record("30 February read")
        } catch {
            #expect(error.problems.map(\.description) == [#"spark.log:1:1: time "17/02/30 18:48:00" does not exist in 2017"#])
        }
    }
}
