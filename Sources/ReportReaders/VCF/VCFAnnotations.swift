/// Transcript annotations a VCF carries in INFO: Ensembl VEP (`CSQ`, or any key given with `--vcf_info_field`)
/// and SnpEff (`ANN`), each read by the field names of its header line (``VCFAnnotationLayout``). The readers
/// copy a gene, transcript, c. and p. from them; the genomic change stays primary, so a protein change that
/// disagrees with the computed one becomes a warning.
struct VCFAnnotation: Equatable {
    var allele: String
    var alleleNumber: Int?
    var gene: String?
    var transcript: String?
    var hgvsc: String?
    var hgvsp: String?
    var isCanonical: Bool

    /// The annotations in a record's INFO fields, key by key in the order of `layouts`.
    static func parse(info: [String: String], layouts: [VCFAnnotationLayout]) -> [VCFAnnotation] {
        var result: [VCFAnnotation] = []
        for layout in layouts {
            guard let value = info[layout.key] else { continue }
            for entry in value.split(separator: ",") {
                let fields = entry.split(separator: "|", omittingEmptySubsequences: false)
                func field(_ index: Int?) -> String? {
                    guard let index, index < fields.count, !fields[index].isEmpty else { return nil }
                    return String(fields[index])
                }
                result.append(VCFAnnotation(
                    allele: field(layout.allele) ?? "", alleleNumber: field(layout.alleleNumber).flatMap { Int($0) },
                    gene: field(layout.gene), transcript: field(layout.transcript), hgvsc: field(layout.hgvsc).map(decoded),
                    hgvsp: field(layout.hgvsp).map(decoded), isCanonical: field(layout.canonical) == "YES"))
            }
        }
        return result
    }

    /// The annotations of ALT allele `number` (1-based) of a record with these alleles. CSQ names alleles
    /// by `ALLELE_NUM` when present; otherwise an annotation's allele is compared with the ALT as written
    /// and as VEP writes it (the first base trimmed when REF and every ALT share it, `-` for nothing).
    static func forAllele(_ number: Int, reference: String, alternates: [String], in annotations: [VCFAnnotation]) -> [VCFAnnotation] {
        let alternate = alternates[number - 1]
        let sharesFirstBase = ([reference] + alternates).allSatisfy { $0.first == reference.first }
        let vepForm = sharesFirstBase ? String(alternate.dropFirst()) : alternate
        return annotations.filter { annotation in
            if let alleleNumber = annotation.alleleNumber { return alleleNumber == number }
            if alternates.count == 1 { return true }
            return annotation.allele == alternate || annotation.allele == (vepForm.isEmpty ? "-" : vepForm)
        }
    }

    /// The annotation to copy for `gene`: one on a transcript the caller reads (MANE), else the canonical
    /// one, else the first; nil when no annotation names the gene.
    static func preferred(for gene: String, span: GeneSpan?, in annotations: [VCFAnnotation]) -> VCFAnnotation? {
        let forGene = annotations.filter { $0.gene?.uppercased() == gene.uppercased() }
        if let span, let onListed = forGene.first(where: { $0.transcript.map(span.lists) == true }) { return onListed }
        return forGene.first(where: \.isCanonical) ?? forGene.first
    }

    /// The gene of the canonical annotation, else of the first one naming a gene.
    static func gene(in annotations: [VCFAnnotation]) -> String? {
        (annotations.first { $0.isCanonical && $0.gene != nil } ?? annotations.first { $0.gene != nil })?.gene
    }

    /// Undoes VEP's and SnpEff's percent-encoding (`p.Ala12%3D` → `p.Ala12=`).
    static func decoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            let digits = [iterator.next(), iterator.next()].compactMap { $0 }
            if digits.count == 2, let value = UInt8(String(decoding: digits, as: UTF8.self), radix: 16) {
                bytes.append(value)
            } else {
                bytes += [byte] + digits
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
