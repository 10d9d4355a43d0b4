import CohortStatistics
import Testing

/// The Cholesky decomposition behind the Wald, score, log-rank and cox.zph statistics.
@Suite("Linear algebra")
struct LinearAlgebraTests {
    private func matrix(_ rows: [[Double]]) -> SymmetricMatrix {
        var matrix = SymmetricMatrix(dimension: rows.count)
        for (i, row) in rows.enumerated() {
            for (j, value) in row.enumerated() { matrix[i, j] = value }
        }
        return matrix
    }

    @Test("bᵀ A⁻¹ b by hand: A = [[4, 2], [2, 3]], b = (1, 2) gives 11/8")
    func inverseQuadraticForm() {
        let decomposition = CholeskyDecomposition(matrix([[4, 2], [2, 3]]))
        #expect(decomposition.rank == 2)
        #expect(abs(decomposition.inverseQuadraticForm([1, 2]) - 11.0 / 8) < 1e-15)
        let inverse = decomposition.inverse()
        #expect(abs(inverse[0, 0] - 3.0 / 8) < 1e-15 && abs(inverse[0, 1] + 2.0 / 8) < 1e-15 && abs(inverse[1, 1] - 4.0 / 8) < 1e-15)
    }

    @Test("A redundant column counts 0, as R's generalized inverse: [[1, 1], [1, 1]] with b = (1, 1) gives 1")
    func redundantColumn() {
        let decomposition = CholeskyDecomposition(matrix([[1, 1], [1, 1]]))
        #expect(decomposition.rank == 1)
        #expect(decomposition.isRedundant(1) && !decomposition.isRedundant(0))
        #expect(decomposition.inverseQuadraticForm([1, 1]) == 1)
        #expect(decomposition.solve([1, 1]) == [1, 0])
    }
}
