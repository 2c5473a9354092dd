import Foundation
import Testing
@testable import TimelineModel

/// Spreadsheets saved in other languages: headers in French or German (`Date;Heure;
/// Événement;Qui`), the day-first order named the language's way (`JJ/MM/AAAA`,
/// `TT.MM.JJJJ`), `;` between cells and decimal commas kept as written. A date whose order
/// the file does not say is refused, never guessed.
@Suite struct SpreadsheetLocaleTests {
    func options(_ zone: String) -> ReadOptions {
        var o = ReadOptions()
        o.time.assumedZone = Zone(identifier: zone)
        return o
    }

    @Test func frenchAndGermanHeaders() throws {
        let fr = try FormatFixtures.load("spreadsheet-csv/fr-journal.csv", options("Europe/Paris"))
        #expect(fr.inputFormat == "spreadsheet CSV (separated by ;)")
        #expect(fr.events.map(\.title) == ["Compte désactivé", "Compte rétabli"])
        #expect(fr.events.map(\.actor) == ["Twitter", "Twitter"])
        // 03/11/2017 day first: 3 November, 00:45 in Paris (CET), 23:45 UTC the day before.
        let lines = FormatFixtures.exportLines(fr, zone: "UTC")
        #expect(FormatFixtures.shown("Compte désactivé", in: lines)! == ("Thursday 2 November 2017", "23:45"))
        // A decimal comma is text as written, not a number.
        #expect(fr.events[0].extraFields == [ExtraField(name: "Valeur", json: #""1,5""#)])

        let de = try FormatFixtures.load("spreadsheet-csv/de-protokoll.csv", options("Europe/Berlin"))
        #expect(de.events.map(\.title) == ["Konto deaktiviert"])
        #expect(FormatFixtures.shown("Konto deaktiviert", in: FormatFixtures.exportLines(de, zone: "UTC"))! == ("Thursday 2 November 2017", "23:45:10"))
    }

    @Test func aDateWhoseOrderIsNotSaidIsRefused() {
        let bytes = Array("Date;Heure;Événement\n03/11/2017;00:45;A\n".utf8)
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: bytes, name: "journal.csv", options: options("Europe/Paris"))
            Issue.record("read")
        } catch {
            #expect(error.problems.map(\.description) == [
                #"journal.csv:2:1: Date and Heure "03/11/2017 00:45" could be 3 November or 11 March: timeline-tui does not guess the order of day and month; add --date-order dmy or --date-order mdy, write ISO 8601 (2017-11-03 or 2017-03-11), or name the order in the column's header: "(DD/MM/YYYY)" or "(MM/DD/YYYY)""#,
            ])
        }
    }
}
