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

    /// The entry at row `i`, column `j`.
    public subscript(i: Int, j: Int) -> Double {
        get { entries[i * dimension + j] }
        set { entries[i * dimension + j] = newValue }
    }

    /// The sub-matrix on the given rows and columns, in that order.
    public func submatrix(_ indices: [Int]) -> SymmetricMatrix {
        var result = SymmetricMatrix(dimension: indices.count)
        for (row, i) in indices.enumerated() {
            for (column, j) in indices.enumerated() { result[row, column] = self[i, j] }
        }
        return result
    }
}
