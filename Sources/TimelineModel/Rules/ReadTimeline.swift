/// What a reader has read of a file, as the last stage of the timeline's rules takes it
/// (`TimelineBuilder.finish`): the timeline's own fields, a sort record per event in file
/// order, and the problems found so far. The JSON reader fills it from its scan; other
/// readers fill it through `TimelineBuilder`.
struct ReadTimeline {
    var title: String?
    var summary: String?
    /// The zone the file names, and where (a problem with an empty message).
    var timezone: (name: String, at: PendingProblem)?
    var zones: [(name: String, at: PendingProblem)] = []
    var extraFields: [ExtraField] = []
    /// In file order; a day-only event's day not yet placed.
    var records: [EventRecord] = []
    var zonedEnds: [ZonedEndCheck] = []
    /// The offsets the times were written with, and the zone the user assumed for times
    /// written without one: the home zone when the file names none (`WrittenOffsets`).
    var offsets = WrittenOffsets()
    var assumedZone: Zone?
    var problems: [PendingProblem] = []
    var warnings: [PendingProblem] = []
    /// Warnings said once for the whole file, however many records have them.
    var warningsOnce = WarningsSaidOnce()
    /// The zones events' dates name of their own (`EventDraft.dateZone`), in the order met.
    var dateZones: [String] = []
}
