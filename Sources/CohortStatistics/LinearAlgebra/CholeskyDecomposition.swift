/// The LDLᵀ Cholesky decomposition of a symmetric non-negative definite matrix, with the
/// rank-revealing tolerance of R `survival`'s `cholesky2`: a pivot below
/// `tolerance × (largest diagonal)` marks its column as redundant, and solves and inverses then
/// give 0 for that column (R reports the matching coefficient as `NA`).
public struct CholeskyDecomposition: Sendable {
    /// R `coxph.control()`'s default `toler.chol`, `.Machine$double.eps^0.75`.
    public static let defaultTolerance = 1.818989403545856e-12

    /// The matrix size.
    public let dimension: Int
    /// The unit lower-triangular factor L, row by row (zero below a redundant pivot).
    private var lower: [Double]
    /// The diagonal D (zero for redundant columns).
    private var pivots: [Double]
    /// The number of non-redundant columns.
    public let rank: Int

    /// Decomposes `matrix`, which must be symmetric.
    public init(_ matrix: SymmetricMatrix, tolerance: Double = CholeskyDecomposition.defaultTolerance) {
        let n = matrix.dimension
        dimension = n
        var work = matrix.entries
        lower = Array(repeating: 0, count: n * n)
        pivots = Array(repeating: 0, count: n)
        var largestDiagonal = 0.0
        for i in 0 ..< n where work[i * n + i] > largestDiagonal { largestDiagonal = work[i * n + i] }
        guard largestDiagonal > 0 else {
            rank = 0
            return
        }
        let threshold = largestDiagonal * tolerance
        var rank = 0
        for i in 0 ..< n {
            lower[i * n + i] = 1
            let pivot = work[i * n + i]
            guard pivot.isFinite, pivot >= threshold else { continue }
            rank += 1
            pivots[i] = pivot
            for j in (i + 1) ..< max(i + 1, n) { lower[j * n + i] = work[j * n + i] / pivot }
            // Schur complement of the remaining lower triangle.
            for j in (i + 1) ..< max(i + 1, n) {
                let factor = lower[j * n + i]
                for k in j ..< n { work[k * n + j] -= factor * work[k * n + i] }
            }
        }
        self.rank = rank
    }

    /// True when column `index` was found redundant.
    public func isRedundant(_ index: Int) -> Bool { pivots[index] == 0 }

    /// The x with A x = b, with 0 in redundant positions.
    public func solve(_ b: [Double]) -> [Double] {
        let n = dimension
        var x = b
        for i in 0 ..< n {
            var value = x[i]
            for j in 0 ..< i { value -= lower[i * n + j] * x[j] }
            x[i] = value
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            guard pivots[i] != 0 else {
                x[i] = 0
                continue
            }
            var value = x[i] / pivots[i]
            for j in (i + 1) ..< max(i + 1, n) { value -= lower[j * n + i] * x[j] }
            x[i] = value
        }
        return x
    }

    /// The quadratic form bᵀ A⁻¹ b (with the generalized inverse), the statistic of a score, Wald or
    /// log-rank test.
    public func inverseQuadraticForm(_ b: [Double]) -> Double {
        zip(b, solve(b)).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// The (generalized) inverse: A⁻¹ on the non-redundant columns, 0 on redundant ones.
    public func inverse() -> SymmetricMatrix {
        var result = SymmetricMatrix(dimension: dimension)
        for column in 0 ..< dimension {
            var unit = Array(repeating: 0.0, count: dimension)
            unit[column] = 1
            let solution = solve(unit)
            for row in 0 ..< dimension { result[row, column] = solution[row] }
        }
        // Make it exactly symmetric.
        for i in 0 ..< dimension {
            for j in 0 ..< i {
                let mean = 0.5 * (result[i, j] + result[j, i])
                result[i, j] = mean
                result[j, i] = mean
            }
        }
        return result
    }
}
