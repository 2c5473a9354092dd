import Foundation
import Testing

/// GitHub's 21 October 2018 outage as a responder opens it (four files of four formats,
/// `GitHubOutageMergeTests`), on a real terminal (tmux): the merged list with each row's
/// file, the happenings found in two files folded once the first screen is up, the lanes
/// by file with the day of degraded service as a bar, and `e` writing the postmortem's
/// Markdown as `export` writes it.
@Suite(.serialized, .enabled(if: TmuxSession.shouldRun), .tags(.tmux))
struct TmuxGitHubOutageTests {
    @Test func theFourFilesOpenAsOneTimelineAndExportAsMarkdown() throws {
        let files = GitHubOutageMergeTests.merge.map { $0.contains("/") ? "'\($0)'" : $0 }.joined(separator: " ")
        let t = try TmuxSession(TmuxSession.shell, width: 120, height: 40)
        try t.type("\(TmuxSession.binary) \(files)")
        try t.send("Enter")
        let screen = try t.waitFor("4 events found in another file too now shown once (15 events).")
        #expect(screen.contains(" 22:52        sheet     Network engineers    · Network maintenance: link to the East Coast data center lost for 43 s"))
        #expect(screen.contains(" 23:07        timeline+ Responders           ◐ Deployment tooling locked"))
        try t.send("l")
        // The lanes in the order of the files on the command line.
        try t.waitFor(" files:        timeline  status    pager     sheet")
        // The day of degraded service: a bar down the timeline's lane to 22 October (and the
        // status page's degraded span down its own). Waited for, not read from the capture
        // that showed the header: on a loaded machine the rows may be drawn a moment later.
        try t.waitFor("  23:13        │         │         ◁                    Database engineering paged to the incident")
        try t.send("l", "e")
        try t.waitFor("export to: ")
        try t.send("C-u")
        try t.type("postmortem.md")
        try t.send("Enter")
        try t.waitFor("Exported 15 events to")
        let written = try Data(contentsOf: t.folder.appendingPathComponent("postmortem.md"))
        let r = try ChildProcess.run(TmuxSession.binary, ["export"] + GitHubOutageMergeTests.merge + ["--format", "markdown"])
        #expect(r.status == 0)
        #expect(written == r.output)
        #expect(String(decoding: written, as: UTF8.self).contains("| Time (UTC) | Source | Actor | Event |"))
        try t.send("q")
    }
}
