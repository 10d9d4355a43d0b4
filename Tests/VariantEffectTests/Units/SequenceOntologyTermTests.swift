import HGVS
import Testing
import VariantEffect

/// Severity order and accessions as listed in ensembl-variation `Utils/Constants.pm`
/// (splice_donor_variant SO:0001575 rank 3, stop_gained SO:0001587 rank 4, missense_variant
/// SO:0001583 rank 12, splice_region_variant SO:0001630 rank 13, intron_variant SO:0001627 rank 21).
@Suite("Sequence Ontology terms")
struct SequenceOntologyTermTests {
    @Test("terms sort most severe first")
    func order() {
        let terms: [SequenceOntologyTerm] = [.intronVariant, .spliceRegionVariant, .missenseVariant, .stopGained, .spliceDonorVariant]
        #expect(terms.sorted() == [.spliceDonorVariant, .stopGained, .missenseVariant, .spliceRegionVariant, .intronVariant])
    }

    @Test("names and accessions")
    func accessions() {
        #expect(SequenceOntologyTerm.missenseVariant.name == "missense_variant")
        #expect(SequenceOntologyTerm.missenseVariant.accession == "SO:0001583")
        #expect(SequenceOntologyTerm.spliceDonorVariant.accession == "SO:0001575")
        #expect(SequenceOntologyTerm.fivePrimeUTRVariant.name == "5_prime_UTR_variant")
    }
}
