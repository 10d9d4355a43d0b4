import Foundation

/// log Γ(x) for x > 0, through the re-entrant `lgamma_r` (plain `lgamma` writes the global
/// `signgam`, a data race when analyses run concurrently).
func logGamma(_ x: Double) -> Double {
    var sign: Int32 = 0
    return lgamma_r(x, &sign)
}
