import HGVS
import Testing
import TestSupport
import VariantEffect

/// Every CDS position of both models, with every substitution, a 1- and 3-base deletion, a 1- and
/// 3-base insertion and a duplication: each must give a prediction (no error, no trap), and predicting
/// the normalised description again must give the same description and consequences (normalisation
/// is idempotent). Substitutions must have exactly one codon-level class. An insertion between the
/// last base of one exon and the first of the next names flanks that are not adjacent in the genome
/// and must be refused.
@Suite("Exhaustive sweep", .requiresSharedData)
struct ExhaustiveSweepTests {
    static let codonClasses: Set<SequenceOntologyTerm> = [
        .missenseVariant, .synonymousVariant, .stopGained, .stopLost, .startLost, .stopRetainedVariant,
    ]

    @Test("every CDS position, every simple edit", arguments: ["KEAP1", "NFE2L2"])
    func sweep(gene: String) throws {
        let model = try ReferenceModels.model(gene: gene, .grch37)
        let cds = model.codingSequence
        let exonEnds = Set(model.codingExons.dropLast().map(\.lastCodingBase))
        let bases = ["A", "C", "G", "T"]
        var failures: [String] = []
        for position in 1...cds.count {
            let reference = String(decoding: [cds[position - 1]], as: UTF8.self)
            var variants = bases.filter { $0 != reference }.map { CDot.substitution(position, reference, $0) }
            variants.append(CDot.deletion(position))
            variants.append(CDot.duplication(position))
            if position + 2 <= cds.count { variants.append(CDot.deletion(position, position + 2)) }
            if exonEnds.contains(position) {
                #expect(throws: VariantEffectError.self) { try model.predictEffect(of: CDot.insertion(after: position, "T")) }
            } else if position < cds.count {
                variants.append(CDot.insertion(after: position, "T"))
                variants.append(CDot.insertion(after: position, "GCA"))
            }
            for variant in variants {
                do {
                    let effect = try model.predictEffect(of: variant)
                    let again = try model.predictEffect(of: effect.coding)
                    if again.coding != effect.coding || again.consequences != effect.consequences || again.protein != effect.protein {
                        failures.append("\(TestFormatting.vepCoding(variant)): not idempotent")
                    }
                    if case .substitution = variant.edit,
                       Set(effect.consequences).intersection(Self.codonClasses).count != 1 {
                        failures.append("\(TestFormatting.vepCoding(variant)): \(effect.consequences)")
                    }
                } catch {
                    failures.append("\(TestFormatting.vepCoding(variant)): \(error)")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(30).joined(separator: "\n"))")
    }
}
