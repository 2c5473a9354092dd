import Foundation
import Testing
@testable import TimelineModel

/// JSON Lines logs of security tools, recognised by their shape (`LogWriter`): Falco's
/// JSON output and Suricata's EVE JSON have no `message`, so without their shape every
/// line would be "(no title)". Lines in the shapes their documentation shows.
@Suite struct SecurityLogWritersTests {
    func load(_ text: String, name: String) throws -> Timeline {
        try TimelineLoader.load(bytes: Array(text.utf8), name: name)
    }

    func export(_ t: Timeline, zone: String? = nil) -> String { FormatFixtures.text(t, zone: zone) }

    @Test func falcoTheRuleIsTheTitleAndThePriorityTheKind() throws {
        let t = try load("""
            {"hostname":"node-1","output":"16:31:56.746609046: Error File below a known binary directory opened for writing (user=root command=touch /bin/hack file=/bin/hack)","priority":"Error","rule":"Write below binary dir","time":"2017-10-09T23:31:56.746609046Z","output_fields":{"evt.time":1507591916746609046,"fd.name":"/bin/hack","proc.cmdline":"touch /bin/hack","user.name":"root"}}
            {"hostname":"node-1","output":"16:32:10.000000001: Warning Shell spawned in a container","priority":"Warning","rule":"Terminal shell in container","time":"2017-10-09T23:32:10.000000001Z","output_fields":{}}

            """, name: "falco.jsonl")
        #expect(t.inputFormat == "JSON Lines log (Falco)")
        #expect(t.events.map(\.title) == ["Write below binary dir", "Terminal shell in container"])
        #expect(t.events.map { $0.kind ?? "" } == ["Error", "Warning"])
        #expect(t.events.map { $0.actor ?? "" } == ["node-1", "node-1"])
        #expect(t.warnings.isEmpty)
        #expect(export(t).contains("  23:31:56.746609046  node-1 — Write below binary dir\n"))
        #expect(export(t, zone: "America/Los_Angeles").contains("  16:31:56.746609046  node-1 — Write below binary dir\n"))
        // The output, which repeats the time in the node's own clock, is kept whole.
        #expect(t.events[0].extraFields.contains { $0.name == "output" })
    }

    @Test func suricataAnAlertsSignatureIsTheTitleOtherEventsTheirType() throws {
        let t = try load("""
            {"timestamp":"2017-04-07T22:24:37.251547+0100","flow_id":586497171462735,"pcap_cnt":53381,"event_type":"alert","src_ip":"192.168.2.14","src_port":50096,"dest_ip":"209.53.113.5","dest_port":80,"proto":"TCP","tx_id":4,"alert":{"action":"allowed","gid":1,"signature_id":2018358,"rev":10,"signature":"ET HUNTING GENERIC SUSPICIOUS POST to Dotted Quad with Fake Browser 1","category":"Potentially Bad Traffic","severity":2},"app_proto":"http"}
            {"timestamp":"2017-04-07T22:24:38.000012+0100","flow_id":586497171462736,"event_type":"dns","src_ip":"192.168.2.14","dns":{"type":"query","rrname":"example.com"}}

            """, name: "eve.json")
        #expect(t.inputFormat == "JSON Lines log (Suricata EVE)")
        #expect(t.events.map(\.title) == ["ET HUNTING GENERIC SUSPICIOUS POST to Dotted Quad with Fake Browser 1", "dns"])
        #expect(t.events.map { $0.kind ?? "" } == ["alert", "dns"])
        #expect(t.events.map { $0.actor ?? "" } == ["192.168.2.14", "192.168.2.14"])
        // +0100 written on every line: that offset is the home zone.
        #expect(t.timezone == "UTC+01:00")
        #expect(export(t).contains("Friday 7 April 2017\n  22:24:37.251547  192.168.2.14 — ET HUNTING"))
        #expect(export(t, zone: "UTC").contains("  21:24:37.251547  192.168.2.14 — ET HUNTING"))
    }
}
