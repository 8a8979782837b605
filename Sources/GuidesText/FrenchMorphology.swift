import CHunspell
import Foundation
import Synchronization

/// French morphology from Dicollecte's dictionary (Debian's `hunspell-fr`) through libhunspell:
/// for any inflected form, its lemmas, parts of speech, gender and number.
///
/// The extractors ask it what hand-written suffix rules used to guess: whether a sentence's
/// first word is an adverb (`Premièrement` never starts a term), whether a list item opens with
/// an infinitive (an action). Analyses are cached by distinct word, so the cost follows the
/// vocabulary, not the size of the text; the handle is not thread-safe, so it sits behind a lock.
public final class FrenchMorphology: Sendable {
    public enum PartOfSpeech: String, Sendable, Hashable {
        case noun, name, adjective, adverb, verb, infinitive, imperative, pastParticiple, preposition, determiner, pronoun, conjunction, grammatical, other
    }

    /// One reading of a word (`désigne`: the verb *désigner*, present, third person…).
    public struct Analysis: Sendable, Hashable {
        public var lemma: String
        public var partsOfSpeech: Set<PartOfSpeech>
        public var feminine: Bool
        public var plural: Bool
    }

    /// Debian's dictionary, or nil when `hunspell-fr` is not installed (then callers fall back
    /// to their word lists).
    public static let shared: FrenchMorphology? = FrenchMorphology(
        affix: "/usr/share/hunspell/fr_FR.aff", dictionary: "/usr/share/hunspell/fr_FR.dic")

    private struct State: @unchecked Sendable {
        // Hunhandle is used only while the mutex is held.
        var handle: OpaquePointer
        var cache: [String: [Analysis]] = [:]
    }

    private let state: Mutex<State>

    public init?(affix: String, dictionary: String) {
        guard FileManager.default.fileExists(atPath: affix), FileManager.default.fileExists(atPath: dictionary),
              let handle = Hunspell_create(affix, dictionary)
        else { return nil }
        state = Mutex(State(handle: handle))
    }

    deinit {
        state.withLock { Hunspell_destroy($0.handle) }
    }

    /// Every reading of `word` as written (case matters: a capital may be a name); empty for
    /// a word the dictionary does not know.
    public func analyses(of word: String) -> [Analysis] {
        state.withLock { state in
            if let cached = state.cache[word] { return cached }
            var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
            let count = Hunspell_analyze(state.handle, &list, word)
            var result: [Analysis] = []
            if let list {
                for index in 0..<Int(count) {
                    if let entry = list[index] { result.append(Self.parse(String(cString: entry))) }
                }
            }
            Hunspell_free_list(state.handle, &list, count)
            state.cache[word] = result
            return result
        }
    }

    /// Hunspell's spelling suggestions for `word`, best first. Not cached, and slow: OCR
    /// repair asks only for long unknown words no other rule explains.
    public func suggestions(for word: String) -> [String] {
        state.withLock { state in
            var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
            let count = Hunspell_suggest(state.handle, &list, word)
            var result: [String] = []
            if let list {
                for index in 0..<Int(count) {
                    if let entry = list[index] { result.append(String(cString: entry)) }
                }
            }
            Hunspell_free_list(state.handle, &list, count)
            return result
        }
    }

    /// Whether the dictionary knows the word (any reading).
    public func knows(_ word: String) -> Bool { !analyses(of: word).isEmpty }

    /// Whether some reading of the word is this part of speech.
    public func can(_ word: String, be part: PartOfSpeech) -> Bool {
        analyses(of: word).contains { $0.partsOfSpeech.contains(part) }
    }

    /// Whether every reading of the word is this part of speech (`premièrement`: adverb only;
    /// `bien`: also a noun).
    public func isOnly(_ word: String, _ part: PartOfSpeech) -> Bool {
        let readings = analyses(of: word)
        return !readings.isEmpty && readings.allSatisfy { $0.partsOfSpeech.contains(part) }
    }

    /// The lemmas of the word (`médiatrices` → `médiateur`), in the dictionary's order.
    public func lemmas(of word: String) -> [String] {
        var seen = Set<String>()
        return analyses(of: word).map(\.lemma).filter { seen.insert($0).inserted }
    }

    /// ` st:médiateur po:nom po:adj is:fem is:pl` → its fields.
    static func parse(_ description: String) -> Analysis {
        var analysis = Analysis(lemma: "", partsOfSpeech: [], feminine: false, plural: false)
        for field in description.split(separator: " ") {
            if field.hasPrefix("st:") {
                analysis.lemma = String(field.dropFirst(3))
            } else if field.hasPrefix("po:") {
                let tag = field.dropFirst(3)
                switch tag {
                case "nom": analysis.partsOfSpeech.insert(.noun)
                case "adj": analysis.partsOfSpeech.insert(.adjective)
                case "adv": analysis.partsOfSpeech.insert(.adverb)
                case "infi": analysis.partsOfSpeech.insert(.infinitive)
                case "impe": analysis.partsOfSpeech.insert(.imperative)
                case "ppas": analysis.partsOfSpeech.insert(.pastParticiple)
                case "npr", "prn", "patr": analysis.partsOfSpeech.insert(.name)
                case "prep": analysis.partsOfSpeech.insert(.preposition)
                case "det", "detdem", "detpos", "detind": analysis.partsOfSpeech.insert(.determiner)
                case "conj", "cjco", "cjsub": analysis.partsOfSpeech.insert(.conjunction)
                case "mg": analysis.partsOfSpeech.insert(.grammatical)
                default:
                    if tag.hasPrefix("v") && tag.count >= 3 && tag.dropFirst().first?.isNumber == true {
                        analysis.partsOfSpeech.insert(.verb)
                    } else if tag.hasPrefix("pro") {
                        analysis.partsOfSpeech.insert(.pronoun)
                    } else if tag.hasPrefix("det") {
                        analysis.partsOfSpeech.insert(.determiner)
                    }
                }
            } else if field == "is:fem" {
                analysis.feminine = true
            } else if field == "is:pl" {
                analysis.plural = true
            }
        }
        if analysis.partsOfSpeech.isEmpty { analysis.partsOfSpeech.insert(.other) }
        return analysis
    }
}
