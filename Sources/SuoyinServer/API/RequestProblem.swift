import HTTPTypes
import SuoyinCore

/// Why a request cannot be answered, for the person or program that sent it:
/// an HTTP status and one sentence that says what was wrong and what to do.
///
/// The message is all a client sees: never a stack trace, SQL, or a path
/// other than the index's own and those the client gave.
struct RequestProblem: Error, Equatable {
    var status: HTTPResponse.Status
    var message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    /// A bad parameter: 400, naming it.
    static func parameter(_ name: String, _ why: String) -> RequestProblem {
        RequestProblem(.badRequest, "Parameter '\(name)': \(why)")
    }

    /// The library's error with the status that fits it: the client's
    /// mistake (400), nothing at that citation (404), or an index that cannot
    /// be read now (503, with the message the command line gives).
    init(_ error: SuoyinError) {
        message = error.description
        switch error {
        case .emptyQuery, .onlyExclusions, .unreadableQuery, .malformedCitation, .unknownEncoding,
             .emptyQuotation, .quotationTooLong, .tooManyEllipses:
            status = .badRequest
        case .emptyFilter(let option):
            status = .badRequest
            message = "Parameter '\(option.trimmingPrefix("--"))': no text to look for once spaces and punctuation are set aside. Give part of the value."
        case .invalidDate(let option, let value):
            status = .badRequest
            message = "Parameter '\(option.trimmingPrefix("--"))': '\(value)' is not a date. Give it as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023-06."
        case .emptyDateRange(let since, let until):
            status = .badRequest
            message = "Parameters 'since' and 'until': \(since) is later than \(until), so no document can match. Swap the two dates."
        case .documentNotIndexed, .passageNotFound:
            status = .notFound
        case .noIndex, .notAnIndex, .staleIndex, .indexBusy, .database:
            status = .serviceUnavailable
        case .searchFailed:
            status = .internalServerError
        }
    }
}
