import Testing
@testable import TimelineModel

/// Serilog's CLEF lines without a rendered `@m` show their template filled in, as Seq and
/// Serilog's console show them: strings quoted, `{{ }}` escapes, `{@x}` `{$x}` holes, a
/// formatted hole from `@r`, a missing property left as written. The lines are those of
/// serilog-formatting-compact's README and reader tests.
@Suite struct MessageTemplateTests {
    func titles(_ lines: String) throws -> [String] {
        let t = try TimelineLoader.load(bytes: Array(lines.utf8), name: "app.clef")
        #expect(t.inputFormat == "JSON Lines log (Serilog CLEF)")
        return t.events.map(\.title)
    }

    @Test func theReadmeLinesAreShownAsSerilogRendersThem() throws {
        #expect(try titles("""
            {"@t":"2016-10-12T04:46:58.0554314Z","@mt":"Hello, {@User}","User":{"Name":"nblumhardt","Id":101}}
            {"@t":"2016-10-12T04:46:58.0684369Z","@mt":"Number {N:x8}","@r":["0000002a"],"N":42}
            {"@t":"2016-10-12T04:46:58.0724384Z","@mt":"Tags are {Tags}","@l":"Warning","Tags":["test","orange"]}
            {"@t":"2016-10-12T04:46:58.0904378Z","@mt":"Something failed","@l":"Error","@x":"System.DivideByZeroException"}

            """) == [
            #"Hello, { Name: "nblumhardt", Id: 101 }"#,
            "Number 0000002a",
            #"Tags are ["test", "orange"]"#,
            "Something failed",
        ])
    }

    @Test func stringsAreQuotedUnlessLiteral() throws {
        #expect(try titles("""
            {"@t":"2024-03-01T10:00:00Z","@mt":"User {User} logged in","User":"bob"}
            {"@t":"2024-03-01T10:00:01Z","@mt":"User {User:l} logged in","User":"bob"}
            {"@t":"2024-03-01T10:00:02Z","@mt":"Said {Text}","Text":"a \\"quote\\""}
            {"@t":"2024-03-01T10:00:03Z","@mt":"{Count} items, ok={Ok}, none={None}","Count":3,"Ok":true,"None":null}

            """) == [
            #"User "bob" logged in"#,
            "User bob logged in",
            #"Said "a \"quote\"""#,
            "3 items, ok=True, none=null",
        ])
    }

    @Test func escapesHolesAndMissingProperties() throws {
        #expect(try titles("""
            {"@t":"2024-03-01T10:00:00Z","@mt":"{{literal}} and {$Value} and {0}","Value":"v","0":7}
            {"@t":"2024-03-01T10:00:01Z","@mt":"Missing {Nobody} stays; { not a hole } stays; {Unclosed","X":1}
            {"@t":"2024-03-01T10:00:02Z","@mt":"[{Id,5}] [{Id,-5}] took {Ms:000} ms","Id":42,"Ms":7}
            {"@t":"2024-03-01T10:00:03Z","@mt":"Order {@Order}","Order":{"$type":"Order","Id":5}}

            """) == [
            #"{literal} and "v" and 7"#,
            "Missing {Nobody} stays; { not a hole } stays; {Unclosed",
            "[ 42] [42 ] took 7 ms",  // padded, then a title's spaces are collapsed
            "Order Order { Id: 5 }",
        ])
    }

    @Test func theTemplateStaysAnExtraFieldAndSearchFindsTheValue() throws {
        let t = try TimelineLoader.load(bytes: Array(#"""
            {"@t":"2024-03-01T10:00:00Z","@mt":"User {User} logged in","User":"bob"}
            {"@t":"2024-03-01T10:00:01Z","@mt":"User {User} logged in","User":"alice"}

            """#.utf8), name: "app.clef")
        #expect(t.events[0].extraFields.map(\.name) == ["@mt", "User"])
        #expect(t.search(#"user "alice" logged"#) == [1])
    }
}
