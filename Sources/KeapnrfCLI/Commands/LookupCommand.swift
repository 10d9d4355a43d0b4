import Annotator
import ArgumentParser
import Interpretation

/// `keapnrf lookup GENE VARIANT`: one alteration without a report.
struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Interpret one KEAP1 or NFE2L2 alteration without a report.",
        discussion: "VARIANT is a protein or coding change in any common spelling: p.G333C, G333C, p.(Gly333Cys), c.997G>T, NM_203500.2:c.997G>T."
    )

    @Argument(help: "Gene symbol (KEAP1 or NFE2L2).")
    var gene: String

    @Argument(help: "Protein or coding change.")
    var variant: String

    @Option(name: .customLong("tumor-type"), help: "OncoTree code of the tumour type (e.g. LUSC).")
    var tumorType: String?

    @Option(name: .customLong("out"), help: "Write the interpretation to this file instead of standard output.")
    var out: String?

    @OptionGroup var resources: ResourceOptions

    func run() throws {
        try reportingFailures {
            let annotator = Annotator(resources: try resources.load())
            let interpretation = try CommandFailure.wrapping { try annotator.lookup(gene: gene, variant: variant, tumorType: tumorType) }
            try OutputDestination.write(InterpretationJSON.text(interpretation), to: out)
        }
    }
}
