import Testing
import TimelineModel
@testable import timeline_tui

/// Each reader's advice to add `--assume-zone`, as a merge says it: naming the file alone
/// (`--assume-zone FILE=ZONE`, the zone a reader offers kept), once for the file.
@Suite struct MergedZoneAdviceTests {
    @Test func eachReadersAdviceNamesTheFile() {
        let key = "edge.log"
        #expect(MergedZoneAdvice.perFile("Time \"x\" has no zone; " + TimeReading.noZoneAdvice, key: key)
                == "Time \"x\" has no zone; add --assume-zone edge.log=ZONE, the zone the writer used (UTC for example)")
        #expect(MergedZoneAdvice.perFile("has no zone: add Z for UTC or an offset such as -04:00, or give --assume-zone", key: key)
                == "has no zone: add Z for UTC or an offset such as -04:00, or give --assume-zone edge.log=ZONE")
        #expect(MergedZoneAdvice.perFile("…, or give --assume-zone America/Chicago", key: key) == "…, or give --assume-zone edge.log=America/Chicago")
        #expect(MergedZoneAdvice.perFile("…; add --assume-zone with the zone the writer used", key: key)
                == "…; add --assume-zone edge.log=ZONE with the zone the writer used")
        #expect(MergedZoneAdvice.perFile("…; add --assume-zone with the server's log_timezone (for example --assume-zone Europe/Paris)", key: key)
                == "…; add --assume-zone edge.log=ZONE with the server's log_timezone (for example --assume-zone edge.log=Europe/Paris)")
        // A zone the user gave is not advice; nor is any other problem.
        #expect(MergedZoneAdvice.perFile("says EST, but America/Chicago (--assume-zone) is on CDT then", key: key) == nil)
        #expect(MergedZoneAdvice.perFile("hour 25 does not exist", key: key) == nil)
    }

    @Test func theFileIsNamedAsTheOptionTakesIt() {
        #expect(MergedZoneAdvice.optionKey("logs/edge.log", among: ["a.json", "logs/edge.log"]) == "edge.log")
        #expect(MergedZoneAdvice.optionKey("a/edge.log", among: ["a/edge.log", "b/edge.log"]) == "a/edge.log")
        #expect(MergedZoneAdvice.optionKey("<stdin>", among: ["a.json", "<stdin>"]) == "stdin")
    }

    @Test func oneMessageAFileItsOtherProblemsAsTheyAre() {
        func p(_ line: Int, _ message: String) -> Problem {
            Problem(file: "edge.log", place: SourcePlace(line: line, column: 1), path: "", message: message)
        }
        let failure = LoadFailure(problems: [
            p(1, "time \"a\" has no zone; " + TimeReading.noZoneAdvice), p(2, "hour 25 does not exist"),
            p(3, "time \"b\" has no zone; " + TimeReading.noZoneAdvice), p(4, "time \"c\" has no zone; " + TimeReading.noZoneAdvice),
        ])
        #expect(MergedZoneAdvice.problems(failure, file: "edge.log", among: ["a.json", "edge.log"]).map(\.description) == [
            "edge.log:1:1: time \"a\" has no zone; add --assume-zone edge.log=ZONE, the zone the writer used (UTC for example); the same for 2 more times of this file",
            "edge.log:2:1: hour 25 does not exist",
        ])
    }
}
