import Foundation
import Testing
import TimelineModel

/// `--format markdown`, rendered by GitHub's own parser (`cmark-gfm` with its table,
/// strikethrough, autolink and tag-filter extensions, raw HTML allowed so nothing is
/// hidden): the tables have the rows and cells we wrote, and nothing from the file becomes
/// markup.
@Suite struct MarkdownExportTests {
    static func render(_ path: String) throws -> String {
        try ExternalTool.run("cmark-gfm", ["--unsafe", "-e", "table", "-e", "strikethrough", "-e", "autolink", path])
    }

    /// The body rows of every table: each a list of cell texts, entities decoded.
    static func rows(_ html: String) -> [[String]] {
        var rows: [[String]] = []
        for body in matches(html, #"<tbody>(.*?)</tbody>"#) {
            for row in matches(body, #"<tr>(.*?)</tr>"#) {
                rows.append(matches(row, #"<td[^>]*>(.*?)</td>"#).map(decode))
            }
        }
        return rows
    }

    static func matches(_ text: String, _ pattern: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
    }

    static func decode(_ html: String) -> String {
        html.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The issue's "done when": 10 rows, each with its T+ value.
    @Test func theFixtureWithRelativeTimesIsTenRowsWithTPlus() throws {
        let html = try Self.render(try ExternalTool.export(["--format", "markdown", "--relative"], name: "t.md"))
        let rows = Self.rows(html)
        #expect(rows.count == 10)
        #expect(rows.allSatisfy { $0.count == 4 })
        #expect(rows.map { $0[1] } == [
            "T+0", "~T+12 min", "~T+23 min", "T+1 h 29 min", "T+1 h 30 min", "T+3 h 25 min", "T+12 h 16 min",
            "day +1", "day +1", "day +27",
        ])
        #expect(rows[1] == ["~18:48–~18:59 (11 min)", "~T+12 min", "Twitter customer-support worker",
                            "The account is deactivated by a worker on their last day; it stays down 11 minutes"])
        #expect(Self.matches(html, #"<th>(.*?)</th>"#).prefix(4) == ["Time (EDT)", "T+", "Actor", "Event"])
        #expect(Self.matches(html, #"<h2>(.*?)</h2>"#) == ["Thursday 2 November 2017", "Friday 3 November 2017", "Wednesday 29 November 2017"])
    }

    @Test func withoutRelativeTimesThereIsNoTPlusColumn() throws {
        let html = try Self.render(try ExternalTool.export(["--format", "markdown", "--tz", "Europe/Paris"], name: "t.md"))
        let rows = Self.rows(html)
        #expect(rows.count == 10 && rows.allSatisfy { $0.count == 3 })
        #expect(Self.matches(html, #"<th>(.*?)</th>"#).prefix(3) == ["Time (CET)", "Actor", "Event"])
        #expect(rows.contains(["01:05:51.550", "@TwitterGov", "@TwitterGov blames human error: the account was down for 11 minutes"]))
    }

    @Test func nothingFromTheFileBecomesMarkupOrBreaksTheTable() throws {
        let input = try ExternalTool.write(HostileExportInput.json, name: "hostile.json")
        for style in ["table", "list"] {
            let md = try ExternalTool.export(["--format", "markdown", "--details", "--md-style", style], name: "h.md", input: input)
            let html = try Self.render(md)
            for tag in ["<script", "<img", "<em>", "<code>", "<del>", "<ol", "<pre", "<blockquote>\n<p>nor", "raw HTML"] {
                #expect(!html.contains(tag), "\(style): \(tag)")
            }
            #expect(Self.matches(html, #"<h1>(.*?)</h1>"#).map(Self.decode) == ["T | *b* <script>alert(1)</script>"])
            // Bold only where the list style puts the times.
            #expect(Self.matches(html, #"<strong>(.*?)</strong>"#) == (style == "list" ? ["18:48", "time unknown"] : []))
            if style == "table" {
                let rows = Self.rows(html)
                #expect(rows.count == 2 && rows.allSatisfy { $0.count == 3 })
                #expect(rows.first?[2] == SafeText.neutralise(HostileExportInput.title))
                #expect(rows.first?[1] == "@admin|x")
            } else {
                let items = Self.matches(html, #"<li>(.*?)</li>"#)
                #expect(items.contains { Self.decode($0).contains(SafeText.neutralise(HostileExportInput.title)) })
            }
            // Links go to the web only: the source's, its target percent-encoded, and the
            // addresses GitHub's autolinking finds in text (shown as they are).
            let targets = Self.matches(html, #"href="([^"]*)""#)
            #expect(targets.contains("https://e.x/a%20b%29%22%3C"))
            #expect(targets.allSatisfy { $0.hasPrefix("https://") || $0.hasPrefix("http://") })
            #expect(html.contains("1. not a list") && html.contains("- nor this") && html.contains("# nor a heading"))
        }
    }

    /// A filter that keeps nothing: the header says so as the text's does, with the zone's
    /// offsets over the timeline's span (EDT then EST), not those of 1970.
    @Test func aFilterThatKeepsNothingStillDatesTheZone() throws {
        let md = try String(contentsOfFile: try ExternalTool.export(["--format", "markdown", "--text", "zzzz"], name: "none.md"), encoding: .utf8)
        #expect(md.hasPrefix("""
            # Eleven minutes without \\@realDonaldTrump

            Time zone: America/New\\_York (UTC−04:00 EDT; UTC−05:00 EST from 5 November 2017)

            Events: none of 10

            Filter: zzzz

            No events.

            """))
    }

    @Test func theListStyleIsOneItemAnEvent() throws {
        let html = try Self.render(try ExternalTool.export(["--format", "markdown", "--md-style", "list", "--relative"], name: "l.md"))
        let items = Self.matches(html, #"<li>(.*?)</li>"#)
        #expect(items.count == 10)
        #expect(items.first == "<strong>18:35:43.905</strong> · T+0 · @realDonaldTrump — Last tweet before the outage: Jerome Powell named to chair the Federal Reserve")
        #expect(Self.rows(html).isEmpty)
    }
}
