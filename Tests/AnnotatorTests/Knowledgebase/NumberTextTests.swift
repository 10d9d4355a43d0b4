import Knowledgebase
import Testing

/// Number text of statements and of the report's survival legends. Expected strings are worked by hand: three
/// significant digits, halves rounded away from zero (1.125, 11.25 and 0.0625 are exact binary fractions, so
/// they are true ties, which printf would round to even).
@Suite("Statement numbers")
struct NumberTextTests {
    @Test("three significant digits, ties away from zero", arguments: [
        (1.125, "1.13"), (11.25, "11.3"), (-1.125, "-1.13"), (0.0625, "0.0625"), (0.8125, "0.813"),
        (2.0, "2.00"), (123.456, "123"), (0.0, "0"),
    ])
    func significant(value: Double, text: String) {
        #expect(NumberText.significant(value) == text)
    }

    @Test("missing and non-finite values are NA; p values below 0.001 have a floor")
    func edges() {
        #expect(NumberText.significant(nil) == "NA")
        #expect(NumberText.significant(.infinity) == "NA")
        #expect(NumberText.pValue(0.000_9) == "<0.001")
        #expect(NumberText.pValue(0.001) == "0.00100")
        #expect(NumberText.pValue(0.0625) == "0.0625")
        #expect(NumberText.fixed(52.25, digits: 1) == "52.3")
        #expect(NumberText.rounded(1.125) == 1.13)
    }
}
