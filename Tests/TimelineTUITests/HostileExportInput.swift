/// A timeline whose every string tries to break out of an export: table pipes, Markdown
/// emphasis, raw HTML, `javascript:` links, line breaks, escape sequences, spreadsheet
/// formulas, quotes and commas.
enum HostileExportInput {
    static let title = "a | b *c* _d_ `e` <img src=x onerror=alert(1)> [l](javascript:alert(1)) # h\u{2028}second\u{85}line\u{1B}[2J &amp; ~~s~~ $x$ @someone"

    static let json = #"""
        {"title": "T | *b* <script>alert(1)</script>", "timezone": "UTC", "summary": "# not a heading\n<script>x</script>",
         "events": [
          {"id": "=1+1", "time": "2017-11-02T18:48Z", "actor": "@admin|x", "kind": "-cmd",
           "title": "a | b *c* _d_ `e` <img src=x onerror=alert(1)> [l](javascript:alert(1)) # h\u2028second\u0085line\u001b[2J &amp; ~~s~~ $x$ @someone",
           "text": "1. not a list\n- nor this\n# nor a heading\n\n    not code\n=SUM(A1)\n> nor a quote",
           "quote": {"text": "<b>q</b>\n\nsecond", "lang": "en\"><script>"},
           "sources": [{"name": "js", "url": "javascript:alert(1)"}, {"name": "ok [x]", "url": "https://e.x/a b)\"<"}],
           "tags": ["+x", "a,b"], "note": "=HYPERLINK(\"x\")"},
          {"id": "two", "time": "2017-11-03", "title": "+HYPERLINK(\"http://evil\")", "actor": "\tTab", "text": "\r=cr"}
         ]}
        """#
}
