/// The 2017-11-03 incident, embedded in the binary so that `timeline-tui` with no file
/// shows something at once. `Resources/bundled-incident.json` links to the fixture.
enum BundledIncident {
    static let name = "2017-11-03.json (bundled)"
    static var bytes: [UInt8] { PackageResources.bundled_incident_json }
}
