/// Google Cloud's status dashboard history, `https://status.cloud.google.com/incidents.json`
/// (and its per-incident `incidents/<id>.json`; Google Workspace's and Google Search's
/// status dashboards write the same shape): an array of incidents.
///
/// Each incident is a span from `begin` to `end` (no end while it goes on, its `status`
/// extra field then `ongoing`), titled by its `external_desc`, kind `incident`, tagged with
/// its severity, its service and its affected products; its `uri` on the dashboard is its
/// source. Each update is an event at `when` (else `created`), its text the title (the
/// Markdown as written), kind = its status (`service_disruption`, `available`…), tagged
/// with its affected locations. Times carry their offsets.
enum GoogleCloudStatusReader {
    static let dashboard = "https://status.cloud.google.com/"

    static func declines(_ sample: FileSample) -> String? {
        guard sample.startsLikeJSON else { return "does not start with '[' or '{'" }
        guard sample.contains("\"external_desc\""), sample.contains("\"begin\"") || sample.contains("\"most_recent_update\"") else {
            return "no \"external_desc\" with \"begin\" or \"most_recent_update\""
        }
        return nil
    }

    static func read(_ bytes: [UInt8], file: String, options: ReadOptions) -> ReaderOutput {
        var out = ReaderOutput()
        guard var doc = JSONDocument.parse(bytes, file: file, into: &out) else { return out }
        let incidents: [(JSONValue.Member, String)]
        if let list = doc.root.elements {
            incidents = list.enumerated().map { ($0.element, "[\($0.offset)]") }
        } else if case .object = doc.root {
            incidents = [(JSONValue.Member(key: "", value: doc.root, offset: 0), "")]
        } else {
            out.problems.append(doc.places.problem(at: 0, "", "expected the incidents, an array"))
            return out
        }
        out.title = incidents.count == 1 ? incidents[0].0.value["external_desc"]?.string : "Google Cloud status: incidents"
        for (member, path) in incidents {
            GoogleCloudIncident.read(member, path: path, doc: &doc, options: options, file: file, into: &out)
            if out.problems.count >= TimelineBuilder.maxProblems { break }
        }
        return out
    }
}
