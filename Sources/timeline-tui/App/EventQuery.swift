import TimelineModel

/// A filter as typed at the `f` prompt, read by the model's one grammar
/// (`FilterExpression`, the same as `export --filter`): times in the zone shown, a time of
/// day alone on the first event's day.
enum EventQuery {
    static func expression(_ typed: String, timeline: Timeline, formatter: TimeFormatter) throws(FilterSyntaxError) -> FilterExpression {
        try FilterExpression(parsing: typed, timeline: timeline, formatter: formatter)
    }
}
