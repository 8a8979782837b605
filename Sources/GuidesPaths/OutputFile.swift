import Synchronization

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

/// Where a build's files go as they are made: to the staging directory of a build, written at
/// once and dropped from memory (a site ten times the corpus held every page until the end),
/// or into memory for tests and tools that read a site without writing it.
public protocol OutputSink: Sendable {
    /// Takes `files`. Called from any thread; each path once.
    func emit(_ files: [OutputFile])
}

/// Files kept in memory.
public final class OutputCollection: OutputSink {
    private let collected = Mutex<[OutputFile]>([])

    public init() {}

    public func emit(_ files: [OutputFile]) { collected.withLock { $0 += files } }

    /// The files by path (the order they came in depends on the scheduling).
    public var files: [OutputFile] { collected.withLock { $0 }.sorted { $0.path < $1.path } }
}
