/// The name and version recorded in every interpretation's provenance.
public enum ToolVersion {
    public static let name = "keapnrf"
    public static let current = "0.1.0"
}
