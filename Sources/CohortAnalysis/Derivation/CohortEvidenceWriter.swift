import Foundation
import Interpretation
import Knowledgebase

/// Turns a draft into the knowledgebase's `CohortEvidenceFile` and its file text, checking that nothing is
/// lost or added on the way.
enum CohortEvidenceWriter {
    /// The decoded file and its deterministic JSON text.
    static func write(_ draft: CohortEvidenceDraft) throws(CohortAnalysisError) -> (file: CohortEvidenceFile, text: String) {
        let drafted = try JSONText.tree(draft)
        let file: CohortEvidenceFile
        do {
            file = try JSONDecoder().decode(CohortEvidenceFile.self, from: Data(JSONSerializer.canonical(drafted).utf8))
        } catch {
            throw .evidenceFormat("it does not decode: \(error)")
        }
        let reencoded = try JSONText.tree(file)
        guard reencoded == drafted else {
            throw .evidenceFormat("fields differ after decoding (a field was added to or removed from CohortEvidenceFile)")
        }
        return (file, JSONSerializer.pretty(reencoded))
    }
}
