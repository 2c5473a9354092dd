import Testing
@testable import TimelineModel

/// HTML from TimelineJS slides and Statuspage bodies made plain text.
@Suite struct HTMLTextTests {
    @Test func entitiesFromTheWholeHTML5ListAndNumericOnes() {
        #expect(HTMLText("caf&eacute; &laquo;&nbsp;ok&nbsp;&raquo; &amp; &#x1F1EB;&#x1F1F7; &#38; &CounterClockwiseContourIntegral; &hellip;").text
                == "café «\u{A0}ok\u{A0}» & 🇫🇷 & ∳ …")
        // Legacy names without `;`, unknown names and lone ampersands stay as written.
        #expect(HTMLText("AT&T &copy 2017 &notaname; a & b").text == "AT&T © 2017 ¬aname; a & b")
        // NUL, surrogates and out-of-range values become U+FFFD.
        #expect(HTMLText("&#0;&#xD800;&#x110000;").text == "\u{FFFD}\u{FFFD}\u{FFFD}")
    }

    @Test func blocksBecomeLineBreaksAndLinksBecomeSources() {
        let html = """
            <p>Women have been programming <b>since</b> before it was a thing. Take <a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada Lovelace</a>.</p>\
            <span class="tl-note">A note.</span><ul><li>one</li><li>two<br>lines</li></ul>
            """
        let t = HTMLText(html)
        #expect(t.text == "Women have been programming since before it was a thing. Take Ada Lovelace.\n\nA note.\n\n• one\n• two\nlines")
        #expect(t.links == [Source(name: "Ada Lovelace", url: "https://en.wikipedia.org/wiki/Ada_Lovelace")])
    }

    @Test func scriptsStylesAndCommentsAreDroppedAndWhiteSpaceCollapses() {
        #expect(HTMLText("a<script>alert('x')</script>b<style>p{}</style>c<!-- hidden -->d").text == "abcd")
        #expect(HTMLText("  many \n\n   spaces\tand\r\nlines  ").text == "many spaces and lines")
        #expect(HTMLText("<a href='/x?a=1&amp;b=2'>q</a>").links == [Source(name: "q", url: "/x?a=1&b=2")])
        #expect(HTMLText("1 < 2 and 3 > 2").text == "1 < 2 and 3 > 2")
    }
}
