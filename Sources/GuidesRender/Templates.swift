import Foundation
import GuidesModel
import Mustache
import Synchronization

/// The Mustache templates of `templates/`, read at build time (editing one needs no recompile).
///
/// A template is named by its path without `.mustache`: `guide`, `partials/header`.
public struct Templates: Sendable {
    /// The templates every build needs; a missing one is an error, not a blank page.
    public static let required = [
        "layout", "home", "guide", "glossary", "term", "practices", "questions", "bibliography", "search", "404", "sitemap.xml",
        "partials/term-link", "partials/citation-link",
    ]

    private let library: MustacheLibrary
    public let names: [String]

    /// Loads every `.mustache` file below `directory`. Syntax errors point at their line.
    public static func load(directory: String) -> Result<Templates, DiagnosticsError> {
        let files: [String]
        do {
            files = try FileManager.default.subpathsOfDirectory(atPath: directory)
                .filter { $0.hasSuffix(".mustache") }.sorted()
        } catch {
            return .failure(DiagnosticsError([.error("cannot read the templates directory", at: SourceLocation(path: directory))]))
        }
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        HTMLEscaping.register()
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(.error("cannot read template (not UTF-8?)", at: SourceLocation(path: path)))
                continue
            }
            do {
                library.register(try MustacheTemplate(string: HTMLEscaping.pragma + text), named: String(file.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                // (Lines counted in the file, not after the escaping pragma's line.)
                let location = SourceLocation(path: path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber + 1)
                diagnostics.append(.error("template syntax: \(describe(error.error))", at: location))
            } catch {
                diagnostics.append(.error("template: \(error)", at: SourceLocation(path: path)))
            }
        }
        let names = files.map { String($0.dropLast(".mustache".count)) }
        for name in required where !names.contains(name) {
            diagnostics.append(.error("missing template '\(name).mustache'", at: SourceLocation(path: directory)))
        }
        if !diagnostics.isEmpty { return .failure(DiagnosticsError(diagnostics)) }
        return .success(Templates(library: library, names: names))
    }

    /// Renders `view` with the named template.
    public func render(_ view: Any, with name: String) -> String {
        #if DEBUG
        Self.checkLookups(view)
        #endif
        guard let output = library.render(view, withTemplate: name) else {
            preconditionFailure("template '\(name)' was checked at load time")
        }
        return output
    }

    /// Debug builds: every field a view model's reflection shows is what its `child(named:)`
    /// gives, in the view and all the views it holds (see `TemplateLookups.swift`).
    /// Per view model type, the fields already found equal with a value (a nil proves nothing).
    private static let checkedFields = Mutex<[String: Set<String>]>([:])

    static func checkLookups(_ view: Any) {
        let mirror = Mirror(reflecting: view)
        if mirror.displayStyle == .collection {
            for child in mirror.children { checkLookups(child.value) }
            return
        }
        if mirror.displayStyle == .optional {
            if let value = mirror.children.first?.value { checkLookups(value) }
            return
        }
        guard mirror.displayStyle == .struct else { return }
        let typeName = "\(type(of: view))"
        let parent = view as? MustacheParent
        for child in mirror.children {
            guard let label = child.label else { continue }
            if let parent, !checkedFields.withLock({ $0[typeName, default: []].contains(label) }) {
                let found = parent.child(named: label)
                let value = Mirror(reflecting: child.value)
                let reflected: Any? = value.displayStyle == .optional ? value.children.first?.value : child.value
                precondition(found.map { "\(type(of: $0)) \($0)" } == reflected.map { "\(type(of: $0)) \($0)" },
                             "\(typeName).child(named: \"\(label)\") does not give the field: add it to TemplateLookups.swift")
                if reflected != nil { checkedFields.withLock { _ = $0[typeName, default: []].insert(label) } }
            }
            checkLookups(child.value)
        }
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "a section is closed with the wrong name"
        case MustacheTemplate.Error.unfinishedName: "a tag is not closed"
        case MustacheTemplate.Error.expectedSectionEnd: "a section is opened but never closed"
        default: "\(error)"
        }
    }
}
