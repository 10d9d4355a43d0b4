import Testing
import TestSupport
import VariantEffect

/// A report is annotated in ≤ 2 ms; one variant's prediction must take a small fraction of that.
@Suite("Performance", .requiresSharedData)
struct PerformanceTests {
    @Test("predicting the 173 MC3 calls takes well under 2 ms per call")
    func mc3Throughput() throws {
        let calls = try MC3OracleTests.calls()
        let models = ["KEAP1": try ReferenceModels.keap1(.grch37), "NFE2L2": try ReferenceModels.nfe2l2(.grch37)]
        let variants = try calls.map { call in
            (try #require(models[call.gene]),
             try GenomicVariant(chromosome: call.chromosome, position: call.position, reference: call.reference, alternate: call.alternate))
        }
        let rounds = 10
        let elapsed = try ContinuousClock().measure {
            for _ in 0..<rounds {
                for (model, variant) in variants { _ = try model.predictEffect(of: variant) }
            }
        }
        let perCall = elapsed / (rounds * variants.count)
        #expect(perCall < .microseconds(500), "\(perCall) per call")
    }
}
