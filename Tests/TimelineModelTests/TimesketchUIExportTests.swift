import Foundation
import Testing
@testable import TimelineModel

/// A CSV exported from Timesketch's own UI or API client (pandas' `to_csv`): its
/// OpenSearch fields (`_id`, `_index`, `__ts_timeline_id`) kept as extra fields to find the
/// event again, and `tag` written as Python prints a list.
@Suite struct TimesketchUIExportTests {
    static let csv = """
        _id,_index,__ts_timeline_id,datetime,message,timestamp,timestamp_desc,tag,data_type
        AbC123,3f5e0c1d2a,1,2022-11-10T05:07:28.000000+00:00,User login from 10.0.0.5,1668056848000000,Event time,"['suspicious', 'login, remote', ""it's""]",auth:login
        XyZ789,3f5e0c1d2a,1,2022-11-10T05:09:00.000000+00:00,Second,1668056940000000,Event time,[],auth:login

        """

    @Test func tagsWrittenAsAPythonListAreItsStrings() throws {
        let t = try TimelineLoader.load(bytes: Array(Self.csv.utf8), name: "sketch.csv")
        #expect(t.inputFormat == "Timesketch CSV")
        #expect(t.events.map(\.tags) == [["suspicious", "login, remote", "it's"], []])
        #expect(t.events[0].extraFields.map(\.name) == ["_id", "_index", "__ts_timeline_id", "timestamp", "data_type"])
        let lines = FormatFixtures.exportLines(t, zone: "Europe/Madrid")
        #expect(FormatFixtures.shown("User login from 10.0.0.5", in: lines)! == ("Thursday 10 November 2022", "06:07:28.000000"))
    }

    @Test func aPythonListIsReadOnlyWhenItIsExactlyOne() {
        #expect(PythonListText.strings("['a', 'b']") == ["a", "b"])
        #expect(PythonListText.strings(#"["a", 'b\'c', 'd\\e']"#) == ["a", "b'c", #"d\e"#])
        #expect(PythonListText.strings("[]") == [])
        #expect(PythonListText.strings("['a', b]") == nil)
        #expect(PythonListText.strings("['a'") == nil)
        #expect(PythonListText.strings("['a' 'b']") == nil)
    }
}
