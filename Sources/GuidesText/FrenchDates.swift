/// Dates as a French reader expects them: `décembre 2024`, `2019`. No clock, no locale
/// database: the output must not depend on the machine that builds the site.
public enum FrenchDates {
    public static let monthNames = [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ]

    /// `2024`, or `décembre 2024` when the month is known (1–12).
    public static func label(year: Int, month: Int?) -> String {
        guard let month, (1...12).contains(month) else { return String(year) }
        return "\(monthNames[month - 1]) \(year)"
    }
}

/// French list punctuation: `A`, `A et B`, `A, B et C`.
public enum FrenchLists {
    public static func join(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " et " + items[items.count - 1]
        }
    }
}
