import Foundation
import GuidesRender

/// Writes the site atomically: into a temporary directory beside the output, then one
/// rename. Readers and `serve` never see a half-written site, and a failure keeps the old one.
enum OutputWriter {
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
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents).write(to: url)
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
