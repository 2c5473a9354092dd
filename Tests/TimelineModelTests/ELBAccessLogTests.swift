import Testing
@testable import TimelineModel

/// AWS load balancers' access logs, Plaso's test file (Application, Classic and Network
/// Load Balancer lines in one): each line under the names AWS documents for its kind, at
/// its UTC time (µs as written), titled by its request and status, its client the actor.
@Suite struct ELBAccessLogTests {
    typealias F = FormatFixtures

    @Test func everyKindOfLoadBalancerIsRead() throws {
        let t = try F.load("aws-elb/aws_elb_access.log")
        #expect(t.inputFormat == "AWS load balancer access log")
        #expect(t.events.count == 16)
        let lines = F.exportLines(t, zone: "UTC")
        // Application Load Balancer (https, h2).
        #expect(F.shown("GET https://www.domain.name:443/ → 200", in: lines)! == ("Saturday 11 January 2020", "16:55:20.356586"))
        #expect(t.events[0].actor == "192.168.1.10" && t.events[0].kind == "2xx")
        #expect(lines.contains { $0.hasSuffix(#"user_agent: "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; WOW64; Trident/6.0)""#) })
        // Classic: an HTTP listener, and a TCP one that writes no request.
        #expect(F.shown("GET http://www.example.com:80/ → 200", in: lines)! == ("Thursday 13 May 2021", "23:39:43.945958"))
        #expect(t.events.map(\.title).contains("TCP 192.168.131.39:2817 → 10.0.0.1:80"))
        // Network: TLS connections, their time without a Z read as UTC.
        #expect(F.shown("TLS 72.21.218.154:51341 → 172.100.100.185:443", in: lines)! == ("Friday 1 April 2022", "08:51:42"))
    }

    @Test func aLineOfAnotherShapeIsRefusedAtItsLine() {
        let text = "https 2020-01-11T16:55:20.356586Z app/web/1 1.2.3.4:1 5.6.7.8:2 0.1 0.1 0.0 200 200 1 2 \"GET / HTTP/1.1\" \"ua\"\nsomething else\n"
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(text.utf8), name: "elb.log", options: ReadOptions())
            Issue.record("read")
        } catch {
            #expect(error.problems.map(\.description) == ["elb.log:2:1: not a load balancer's access log line (type, time, elb, client:port… as AWS documents them)"])
        }
    }
}

/// A text log whose lines start with a UTC time and run on for many words is still a text log.
@Suite struct ELBAccessLogDetectionTests {
    @Test func aLongTextLogLineIsNotTakenForOne() throws {
        let text = "2019-07-02T13:42:11Z edge-17 WAF rule deployed for every customer of the region after the attack on their sites\n"
        let t = try TimelineLoader.load(bytes: Array(text.utf8), name: "edge.log", options: ReadOptions())
        #expect(t.inputFormat == "text log")
    }
}
