import Foundation
import Testing
@testable import TimelineModel

/// The Linux audit log (auditd), Plaso's enriched test log and the RHEL documentation's
/// example event: each record at its `audit(…)` stamp to the millisecond, in UTC, titled
/// by its type and what it says, the login user the actor.
@Suite struct AuditdReadingTests {
    func export(_ t: Timeline, zone: String? = nil) -> String { FormatFixtures.text(t, zone: zone) }

    @Test func anEnrichedLogFromPlaso() throws {
        let t = try FormatFixtures.load("auditd/audit_enriched.log")
        #expect(t.inputFormat == "Linux audit log (audit(…) stamps in epoch seconds)")
        #expect(t.events.count == 29)
        #expect(t.events[3].title == "USER_AUTH pubkey acct=root addr=172.23.112.1 res=failed")
        #expect(t.events[3].kind == "USER_AUTH")
        // `auid=4294967295` is unset: the account named by the message is the actor.
        #expect(t.events[3].actor == "root")
        #expect(export(t).contains("Tuesday 7 July 2026\n  08:56:13.076   root — DEL_USER deleting-user-not-found acct=specimenuser res=failed\n"))
        // A hex-encoded argument (it holds a space) is decoded, as ausearch -i shows it.
        #expect(t.events.contains { $0.title == "EXECVE /usr/bin/cat /tmp/my report.txt" })
        #expect(t.events.contains { $0.title == "SYSCALL execve by id (/usr/bin/id) success=yes key=specimen_exec" })
        // The records of one event share their serial.
        #expect(t.events[3].extraFields.contains(ExtraField(name: "serial", json: #""441""#)))
    }

    @Test func aRawRecordAndItsEventsOtherRecords() throws {
        let t = try FormatFixtures.load("auditd/rhel-sshd-config.log")
        #expect(t.events.map(\.title) == ["SYSCALL syscall 2 by cat (/bin/cat) success=no key=sshd_config", "CWD /home/shadowman",
                                          "PATH /etc/ssh/sshd_config (NORMAL)"])
        #expect(t.events.map(\.actor) == ["1000", nil, nil])
        #expect(export(t, zone: "America/New_York").contains("Thursday 28 March 2013\n  10:36:03.243   1000 — SYSCALL syscall 2"))
    }

    @Test func aLineThatIsNotARecordIsRefusedWithItsPlace() {
        let bytes = Array("type=CWD msg=audit(1364481363.243:24287): cwd=\"/\"\nnot an audit line\n".utf8)
        do {
            _ = try TimelineLoader.load(bytes: bytes, name: "audit.log")
            Issue.record("read a broken line")
        } catch {
            #expect(error.problems.map(\.description) == ["audit.log:2:1: not an audit record (type=… msg=audit(SECONDS:SERIAL): …)"])
        }
    }
}
