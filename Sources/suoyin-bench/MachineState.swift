import Foundation

/// The machine the run measured on, and how busy it was: timings on a
/// shared machine are only comparable at similar load.
struct MachineState: Codable {
    var cores: Int
    /// The 1-minute load average when the run started and when it ended.
    var loadAtStart: Double?
    var loadAtEnd: Double?

    static func now() -> MachineState {
        MachineState(cores: ProcessInfo.processInfo.activeProcessorCount, loadAtStart: loadAverage, loadAtEnd: nil)
    }

    /// The 1-minute load average from `/proc/loadavg`.
    static var loadAverage: Double? {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.flatMap { Double($0) }
    }
}
