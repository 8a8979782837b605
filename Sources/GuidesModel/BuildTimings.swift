/// Wall time spent in each stage of a build, in the order the stages ran, for
/// `guides build --timings`: editors and CI see where a build's time goes.
public struct BuildTimings: Sendable {
    public struct Stage: Sendable {
        public var name: String
        public var duration: Duration
        /// Run at the same time as the other stages marked so: their times overlap.
        public var sideBySide = false
    }

    public private(set) var stages: [Stage] = []
    /// The build's own wall time, when stages overlapped (their sum would overstate it).
    public var elapsed: Duration?

    public init() {}

    /// Runs `body`, adding its wall time to the stage `name` (a stage met twice adds up).
    public mutating func measure<T, E: Error>(_ name: String, _ body: () throws(E) -> T) throws(E) -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer { add(name, clock.now - start) }
        return try body()
    }

    public mutating func add(_ name: String, _ duration: Duration, sideBySide: Bool = false) {
        // (A stage after `elapsed` was taken, such as writing, extends it.)
        if let elapsed { self.elapsed = elapsed + duration }
        if let index = stages.firstIndex(where: { $0.name == name }) {
            stages[index].duration += duration
        } else {
            stages.append(Stage(name: name, duration: duration, sideBySide: sideBySide))
        }
    }

    public var total: Duration { elapsed ?? stages.reduce(.zero) { $0 + $1.duration } }

    /// One line a stage, in milliseconds, and the total.
    public var table: String {
        let width = max(5, stages.map(\.name.count).max() ?? 0)
        func line(_ name: String, _ duration: Duration) -> String {
            let milliseconds = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
            let number = String(Int((milliseconds * 10).rounded()))
            let formatted = number.count > 1 ? number.dropLast() + "." + number.suffix(1) : "0." + number
            return name + String(repeating: " ", count: width - name.count + 2) + String(repeating: " ", count: max(0, 9 - formatted.count)) + formatted + " ms"
        }
        return (stages.map { line($0.name, $0.duration) + ($0.sideBySide ? "  (side by side)" : "") } + [line("total", total)])
            .joined(separator: "\n")
    }
}
