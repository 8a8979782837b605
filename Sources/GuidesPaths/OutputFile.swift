/// A file of the built site, before anything touches the disk.
public struct OutputFile: Sendable, Equatable {
    /// Relative to the output directory, `/`-separated.
    public var path: String
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}
