import Foundation
import GuidesModel
import GuidesPaths
import Synchronization

/// A build's files, written as they are made into a directory beside the output, which then
/// replaces the output in one rename: readers and `serve` never see a half-written site, and a
/// failure keeps the old one. Pages leave memory once written, so memory follows the content,
/// not the size of the site.
final class StagingDirectory: OutputSink {
    let output: URL
    let staging: URL
    let previous: URL

    private struct State {
        var prepared = false
        /// Directories made so far (relative paths).
        var directories: Set<String> = []
        /// The first thing that could not be written: reported when the build commits.
        var failure: (any Error)?
    }

    private let state = Mutex(State())

    init(output path: String) {
        output = URL(fileURLWithPath: path).standardizedFileURL
        let parent = output.deletingLastPathComponent(), name = output.lastPathComponent
        let process = ProcessInfo.processInfo.processIdentifier
        staging = parent.appendingPathComponent(".\(name).building-\(process)")
        previous = parent.appendingPathComponent(".\(name).previous-\(process)")
    }

    /// Writes `files`: their directories first (once each), then the files over all cores, one
    /// open, write and close each.
    func emit(_ files: [OutputFile]) {
        let ready = state.withLock { state -> Bool in
            guard state.failure == nil else { return false }
            do {
                if !state.prepared { try prepare(); state.prepared = true }
                for directory in Set(files.map { ($0.path as NSString).deletingLastPathComponent }) where !directory.isEmpty {
                    guard state.directories.insert(directory).inserted else { continue }
                    try FileManager.default.createDirectory(at: staging.appendingPathComponent(directory), withIntermediateDirectories: true)
                }
                return true
            } catch {
                state.failure = error
                return false
            }
        }
        guard ready else { return }
        let root = staging.path
        let failures = files.parallelMap { file -> String? in
            Self.write(file.contents, to: root + "/" + file.path) ? nil : file.path
        }
        if let failed = failures.compactMap({ $0 }).first {
            state.withLock { state in
                if state.failure == nil { state.failure = CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: failed]) }
            }
        }
    }

    /// The staging directory, new, with the `.gitkeep` the repository tracks in the output.
    private func prepare() throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        let keep = output.appendingPathComponent(".gitkeep")
        if fileManager.fileExists(atPath: keep.path) {
            try fileManager.copyItem(at: keep, to: staging.appendingPathComponent(".gitkeep"))
        }
    }

    /// Puts the staged site in the output's place, or throws what went wrong (nothing moved).
    func commit() throws {
        try state.withLock { state in
            if let failure = state.failure { throw failure }
            if !state.prepared { try prepare(); state.prepared = true }
        }
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: output.path) {
            try fileManager.moveItem(at: output, to: previous)
        }
        do {
            try fileManager.moveItem(at: staging, to: output)
        } catch {
            // Put the previous site back before reporting.
            if fileManager.fileExists(atPath: previous.path) { try? fileManager.moveItem(at: previous, to: output) }
            throw error
        }
        Self.remove(previous)
    }

    /// Removes a directory tree, its top-level entries on all cores (a large site's old copy
    /// is thousands of files: a second's work for one core at 1,000 guides).
    static func remove(_ directory: URL) {
        let fileManager = FileManager.default
        let entries = (try? fileManager.contentsOfDirectory(atPath: directory.path)) ?? []
        let root = directory.path
        _ = entries.parallelMap { name in (try? FileManager.default.removeItem(atPath: root + "/" + name)) != nil }
        try? fileManager.removeItem(at: directory)
    }

    /// Removes what was staged: the build failed.
    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// Writes `bytes` to a new file at `path`; false on any failure.
    static func write(_ bytes: [UInt8], to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }
}
