/// A field the format does not define, kept with its value as compact JSON text.
public struct ExtraField: Sendable, Hashable {
    public var name: String
    /// The value as JSON (`"926216279287042048"`, `42`, `{"a":1}`).
    public var json: String
    public init(name: String, json: String) {
        self.name = name
        self.json = json
    }
}
