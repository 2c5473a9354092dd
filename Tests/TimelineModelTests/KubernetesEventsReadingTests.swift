import Foundation
import Testing
@testable import TimelineModel

/// `kubectl get events -o json` (a `List` of core/v1 Events) and its items a line each:
/// each event at its first sighting, a span to its last when it repeated, titled
/// `reason: message`, about `pod/NAME`, its type the kind.
@Suite struct KubernetesEventsReadingTests {
    func export(_ t: Timeline, zone: String? = nil) -> String { FormatFixtures.text(t, zone: zone) }

    @Test func kubectlsListOfEvents() throws {
        let t = try FormatFixtures.load("kubernetes/kubectl-get-events.json")
        #expect(t.inputFormat == "JSON array of log records (Kubernetes events)")
        #expect(t.events.map(\.actor) == ["deployment/api", "pod/api-7d9c5b6f4-x2kq8", "pod/api-7d9c5b6f4-x2kq8",
                                          "pod/api-7d9c5b6f4-x2kq8", "pod/api-7d9c5b6f4-x2kq8", "node/node-1"])
        #expect(t.events.map(\.kind) == ["Normal", "Normal", "Normal", "Warning", "Warning", "Normal"])
        #expect(t.events[1].title == "Scheduled: Successfully assigned prod/api-7d9c5b6f4-x2kq8 to node-1")
        // Seen 6 times from 09:12:05 to 09:14:10: a span, the count in the title.
        #expect(export(t).contains("  09:12:05–09:14:10 (2 min)  pod/api-7d9c5b6f4-x2kq8 — BackOff: Back-off pulling image \"registry.example.com/api:1.42.0\" (6 times)\n"))
        #expect(t.events[4].extraFields.contains(ExtraField(name: "count", json: "6")))
        // An event with only an eventTime (events.k8s.io): its µs.
        #expect(export(t).contains("  09:15:20.482913  node/node-1 — NodeNotReady: Node node-1 status is now: NodeNotReady\n"))
        #expect(t.warnings.isEmpty)
    }

    @Test func itemsALineAreReadTheSame() throws {
        let list = try FormatFixtures.load("kubernetes/kubectl-get-events.json")
        let lines = try FormatFixtures.load("kubernetes/events.jsonl")
        #expect(lines.inputFormat == "JSON Lines log (Kubernetes events)")
        #expect(lines.events.map(\.title) == Array(list.events[2...4].map(\.title)))
        #expect(lines.events.map(\.end) == Array(list.events[2...4].map(\.end)))
    }

    /// The audit log of the same API server stays an audit log.
    @Test func auditEventsAreNotEvents() throws {
        let t = try FormatFixtures.load("jsonl-log/kubernetes-audit.log")
        #expect(t.inputFormat == "JSON Lines log (Kubernetes audit)")
    }

    /// `-o yaml` is not read; the refusal says how to get what is.
    @Test func yamlIsRefusedWithTheWayOut() {
        let yaml = "apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Event\n  reason: BackOff\nkind: List\n"
        do {
            _ = try TimelineLoader.load(bytes: Array(yaml.utf8), name: "events.yaml")
            Issue.record("read YAML")
        } catch {
            #expect(error.problems.map(\.description).dropFirst().first
                    == "events.yaml: it looks like Kubernetes YAML; timeline-tui reads no YAML: ask kubectl for JSON (kubectl get events -o json)")
        }
    }

    @Test func mergedWithAnAccessLogOfTheSameMinutes() throws {
        let events = try FormatFixtures.load("kubernetes/kubectl-get-events.json")
        let line = "10.0.0.7 - - [14/May/2024:09:12:30 +0000] \"GET /healthz HTTP/1.1\" 503 19 \"-\" \"kube-probe/1.29\"\n"
        let web = try TimelineLoader.load(bytes: Array(line.utf8), name: "access.log")
        let merged = TimelineMerge.merge([MergeInput(label: "k8s", timeline: events), MergeInput(label: "edge", timeline: web)])
        #expect(merged.events.map { $0.origins.first } == ["k8s", "k8s", "k8s", "k8s", "k8s", "edge", "k8s"])
        #expect(export(merged).contains("  09:12:30       [edge] 10.0.0.7 — GET /healthz → 503\n"))
    }
}
