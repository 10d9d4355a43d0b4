extension ProteinVariant {
    /// The same description stated as observed rather than predicted: `p.Glu79Lys` for `p.(Glu79Lys)`,
    /// `p.=` for `p.(=)`, `p.0` for `p.0?`. Reports and MAF files write protein changes so.
    public var withoutPrediction: ProteinVariant {
        switch self {
        case .change(var change):
            change.isPredicted = false
            return .change(change)
        case .noChange: return .noChange(isPredicted: false)
        case .noProtein: return .noProtein(isPredicted: false)
        case .spliceSite(let position, _): return .spliceSite(position: position, isPredicted: false)
        case .unknown: return .unknown
        }
    }
}
