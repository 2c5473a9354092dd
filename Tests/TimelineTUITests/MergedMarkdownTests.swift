import Foundation
import Testing

/// A merged timeline in Markdown, read by GitHub's parser: each row says which file its
/// event came from (a `Source` column, both files for a happening found in two), as the
/// text export's `[file]` does; a single file's table keeps its four columns.
@Suite struct MergedMarkdownTests {
    @Test func eachRowOfAMergedTableNamesItsFiles() throws {
        let dir = try MergeCLITests.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("merged.md").path
        let r = try CLIProcess.run(["export", MergeCLITests.statuspage, "notes.json", "--label", "notes.json=On-call",
                                    "--relative", "--output", out], in: dir)
        #expect(r.status == 0 && r.stderr == "")
        let html = try MarkdownExportTests.render(out)
        #expect(MarkdownExportTests.matches(html, #"<th>(.*?)</th>"#).prefix(5) == ["Time (UTC-06:00)", "T+", "Source", "Actor", "Event"])
        let rows = MarkdownExportTests.rows(html)
        #expect(rows.count == 6 && rows.allSatisfy { $0.count == 5 })
        #expect(rows.first == ["07:25:00", "T+0", "On-call", "on-call", "Pager: 5xx rate above 2% on web"])
        #expect(rows.map { $0[2] } == ["On-call", "emma-incident", "emma-incident", "On-call", "emma-incident", "On-call, emma-incident"])
    }

    @Test func eachItemOfAMergedListNamesItsFiles() throws {
        let dir = try MergeCLITests.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("merged.md").path
        let r = try CLIProcess.run(["export", MergeCLITests.statuspage, "notes.json", "--md-style", "list", "--output", out], in: dir)
        #expect(r.status == 0 && r.stderr == "")
        let items = MarkdownExportTests.matches(try MarkdownExportTests.render(out), #"<li>(.*?)</li>"#)
        #expect(items.count == 6)
        #expect(items.first == "<strong>07:25:00</strong> · [notes] on-call — Pager: 5xx rate above 2% on web")
        #expect(items.last?.hasPrefix("<strong>07:56</strong> · [notes, emma-incident] Our systems team") == true)
    }
}
