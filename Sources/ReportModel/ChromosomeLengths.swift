extension GenomeBuild {
    /// The length in bases of a primary chromosome on this build (`1`–`22`, `X`, `Y`, `MT`, as the readers
    /// normalise names); nil for any other sequence name. Every value was checked against the FASTA indexes of
    /// hs37d5 (GRCh37 with the rCRS mitochondrion, 16,569 bases) and GRCh38_no_alt_analysis_set, both printed in
    /// one public repository file (a BGI script's `__END__` notes; search-index file 37403444451).
    public func length(ofChromosome name: String) -> Int? {
        switch self {
        case .grch37: return Self.grch37Lengths[name]
        case .grch38: return Self.grch38Lengths[name]
        }
    }

    /// The longest chromosome on either build (chromosome 1 on GRCh37): no genomic position can be larger.
    public static let longestChromosomeLength = 249_250_621

    /// The largest position a report may give on `chromosome`: its length on `build`, or when the build or the
    /// chromosome is not known, the length of the longest chromosome.
    public static func maximumPosition(onChromosome chromosome: String, build: GenomeBuild?) -> Int {
        build?.length(ofChromosome: chromosome) ?? longestChromosomeLength
    }

    private static let grch37Lengths: [String: Int] = [
        "1": 249_250_621, "2": 243_199_373, "3": 198_022_430, "4": 191_154_276, "5": 180_915_260, "6": 171_115_067,
        "7": 159_138_663, "8": 146_364_022, "9": 141_213_431, "10": 135_534_747, "11": 135_006_516, "12": 133_851_895,
        "13": 115_169_878, "14": 107_349_540, "15": 102_531_392, "16": 90_354_753, "17": 81_195_210, "18": 78_077_248,
        "19": 59_128_983, "20": 63_025_520, "21": 48_129_895, "22": 51_304_566, "X": 155_270_560, "Y": 59_373_566,
        "MT": 16_569,
    ]

    private static let grch38Lengths: [String: Int] = [
        "1": 248_956_422, "2": 242_193_529, "3": 198_295_559, "4": 190_214_555, "5": 181_538_259, "6": 170_805_979,
        "7": 159_345_973, "8": 145_138_636, "9": 138_394_717, "10": 133_797_422, "11": 135_086_622, "12": 133_275_309,
        "13": 114_364_328, "14": 107_043_718, "15": 101_991_189, "16": 90_338_345, "17": 83_257_441, "18": 80_373_285,
        "19": 58_617_616, "20": 64_444_167, "21": 46_709_983, "22": 50_818_468, "X": 156_040_895, "Y": 57_227_415,
        "MT": 16_569,
    ]
}
