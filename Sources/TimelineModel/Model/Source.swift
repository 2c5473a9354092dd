/// Where an event is known from.
public struct Source: Sendable, Hashable {
    public var name: String
    public var url: String?
    public init(name: String, url: String? = nil) {
        self.name = name
        self.url = url
    }
}
