/// Readable URL and anchor slugs for French text: `Rétablissement` → `retablissement`,
/// `Qu'est-ce que le travail pair ?` → `qu-est-ce-que-le-travail-pair`.
///
/// The one slug function of the project: guide slugs, heading ids and (later) term pages use it.
public enum Slug {
    /// Folds case and accents, keeps ASCII letters and digits, and joins the words with `-`.
    /// Returns an empty string when the text has no letter or digit.
    public static func make(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in Folding.fold(text).unicodeScalars {
            let isWordCharacter = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if isWordCharacter {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return slug
    }

    /// Whether `text` is already a slug as `make` produces them (used to validate file names).
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && make(text) == text
    }
}

/// Hands out slugs that are unique within one scope (a page's heading ids): the second
/// `Ressources` becomes `ressources-2`, the third `ressources-3`.
public struct SlugScope: Sendable {
    private var used: Set<String>

    /// `reserved` ids are never handed out (ids the page layout itself uses).
    public init(reserved: Set<String> = []) {
        used = reserved
    }

    /// A unique slug for `text`; `fallback` is used when `text` has no letter or digit.
    public mutating func slug(for text: String, fallback: String = "section") -> String {
        let made = Slug.make(text)
        let base = made.isEmpty ? fallback : made
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }
}
