import Foundation
import GuidesModel
import GuidesPaths

/// Writes the site atomically: into a temporary directory beside the output, then one
/// rename. Readers and `serve` never see a half-written site, and a failure keeps the old one.
enum OutputWriter {
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

    static func replace(directory output: String, with files: [OutputFile]) throws {
        let fileManager = FileManager.default
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        let parent = outputURL.deletingLastPathComponent()
        let name = outputURL.lastPathComponent
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(name).building-\(ProcessInfo.processInfo.processIdentifier)")
        let previous = parent.appendingPathComponent(".\(name).previous-\(ProcessInfo.processInfo.processIdentifier)")
        try? fileManager.removeItem(at: staging)
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            // Keep a `.gitkeep` the repository tracks in the output directory.
            let keep = outputURL.appendingPathComponent(".gitkeep")
            if fileManager.fileExists(atPath: keep.path) {
                try fileManager.copyItem(at: keep, to: staging.appendingPathComponent(".gitkeep"))
            }
            // Each directory once, then the files over all cores: one open, write and close each.
            let directories = Set(files.map { ($0.path as NSString).deletingLastPathComponent }).filter { !$0.isEmpty }.sorted()
            for directory in directories {
                try fileManager.createDirectory(at: staging.appendingPathComponent(directory), withIntermediateDirectories: true)
            }
            let root = staging.path
            let failures = files.parallelMap { file -> String? in
                Self.write(file.contents, to: root + "/" + file.path) ? nil : file.path
            }
            if let failed = failures.compactMap({ $0 }).first {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: failed])
            }
            if fileManager.fileExists(atPath: outputURL.path) {
                try fileManager.moveItem(at: outputURL, to: previous)
            }
            do {
                try fileManager.moveItem(at: staging, to: outputURL)
            } catch {
                // Put the previous site back before reporting.
                if fileManager.fileExists(atPath: previous.path) { try? fileManager.moveItem(at: previous, to: outputURL) }
                throw error
            }
            try? fileManager.removeItem(at: previous)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
    }
}
