/// A dense square matrix stored row by row, used for information and variance matrices.
public struct SymmetricMatrix: Sendable, Equatable {
    /// The number of rows (and columns).
    public let dimension: Int
    /// The entries, row by row.
    public private(set) var entries: [Double]

    /// A zero matrix.
    public init(dimension: Int) {
        self.dimension = dimension
        self.entries = Array(repeating: 0, count: dimension * dimension)
    }

    /// A matrix from rows (which must form a square).
    public init(rows: [[Double]]) {
        self.dimension = rows.count
        self.entries = rows.flatMap { $0 }
        precondition(entries.count == dimension * dimension, "SymmetricMatrix needs a square array of rows")
    }

    /// The entry at row `i`, column `j`.
    public subscript(i: Int, j: Int) -> Double {
        get { entries[i * dimension + j] }
        set { entries[i * dimension + j] = newValue }
    }

    /// The diagonal.
    public var diagonal: [Double] { (0 ..< dimension).map { self[$0, $0] } }

    /// The sub-matrix on the given rows and columns, in that order.
    public func submatrix(_ indices: [Int]) -> SymmetricMatrix {
        var result = SymmetricMatrix(dimension: indices.count)
        for (row, i) in indices.enumerated() {
            for (column, j) in indices.enumerated() { result[row, column] = self[i, j] }
        }
        return result
    }

    /// The quadratic form xᵀ M x.
    public func quadraticForm(_ x: [Double]) -> Double {
        var total = 0.0
        for i in 0 ..< dimension {
            var row = 0.0
            for j in 0 ..< dimension { row += self[i, j] * x[j] }
            total += x[i] * row
        }
        return total
    }

    /// Copies the upper triangle onto the lower one.
    mutating func symmetrizeFromUpper() {
        for i in 0 ..< dimension {
            for j in 0 ..< i { self[i, j] = self[j, i] }
        }
    }
}
