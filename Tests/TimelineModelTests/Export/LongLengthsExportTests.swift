import Testing
@testable import TimelineModel

/// Every writer that says a gap or a span says a long one in years, by `DurationText`'s
/// one rule: Ada Lovelace's life (13502 days) and the 33061 days after it, in Knight
/// Lab's "Women in Computing".
@Suite struct LongLengthsExportTests {
    func export(_ format: ExportFormat) throws -> String {
        let t = try FormatFixtures.load("timelinejs/women_in_computing.json")
        return String(decoding: format.bytes(ExportView(timeline: t, zone: .utc)), as: UTF8.self)
    }

    @Test func textSaysTheGapAndTheSpanInYears() throws {
        let text = try export(.text)
        #expect(text.contains("  · about 91 years later ·\n"))
        #expect(!text.contains("33061") && !text.contains("13502"))
    }

    @Test func markdownAndTimelineJSSayTheSpanInYears() throws {
        #expect(try export(.markdown).contains("time unknown–1852-11-27 (about 37 years)"))
        #expect(try export(.timelineJS).contains("(about 37 years)"))
    }
}
