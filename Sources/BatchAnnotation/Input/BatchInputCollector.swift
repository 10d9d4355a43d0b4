import Foundation

/// Turns the command's INPUT arguments and manifest into the list of reports, in a fixed order.
///
/// A file argument is one report, named in the output folder by its file name. A directory argument is walked
/// recursively in byte order of the names; every regular file below it (or symbolic link to one) is a report,
/// named by its path below the directory. Names starting with `.` and the output folder itself are not
/// entered; links to directories are not followed. Manifest rows come after the arguments (see
/// ``BatchManifest``). Two reports with the same output name are a usage error naming both.
public enum BatchInputCollector {
    /// The reports named by `arguments` and `manifest`, excluding anything inside `outputFolder`.
    public static func collect(arguments: [String], manifest: BatchManifest?, outputFolder: URL) throws(BatchError) -> [BatchInput] {
        let excluded = outputFolder.standardizedFileURL.resolvingSymlinksInPath().path
        var inputs: [BatchInput] = []
        for argument in arguments {
            if isDirectory(argument) {
                var found: [String] = []
                walk(argument, relative: "", excluded: excluded, into: &found)
                inputs += found.map { relative in
                    BatchInput(path: (argument as NSString).appendingPathComponent(relative), outputName: relative)
                }
            } else {
                // A missing or unreadable file still gets its row, with the reason.
                inputs.append(BatchInput(path: argument, outputName: (argument as NSString).lastPathComponent))
            }
        }
        inputs += manifest?.inputs ?? []
        guard !inputs.isEmpty else { throw .usage("no reports to annotate: the inputs and manifest name no files") }
        var seen: [String: String] = [:]
        for input in inputs {
            if let earlier = seen[input.outputName] {
                throw .usage("'\(earlier)' and '\(input.path)' would both be written as '\(input.outputName)' in the output folder; annotate them in separate batches or list them in a manifest with distinct relative paths")
            }
            seen[input.outputName] = input.path
        }
        return inputs
    }

    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// The files below `folder` (paths relative to it) as a directory argument lists them, excluding `excluded`.
    static func files(below folder: String, excluding excluded: URL) -> [String] {
        var found: [String] = []
        walk(folder, relative: "", excluded: excluded.standardizedFileURL.resolvingSymlinksInPath().path, into: &found)
        return found
    }

    /// Appends the regular files below `root/relative` (their paths relative to `root`), sorted by name.
    private static func walk(_ root: String, relative: String, excluded: String, into found: inout [String]) {
        let folder = relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative)
        guard URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path != excluded else { return }
        // An unreadable directory is listed as one input, so that its row says why it could not be read.
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            if !relative.isEmpty { found.append(relative) }
            return
        }
        for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) where !name.hasPrefix(".") {
            let child = relative.isEmpty ? name : (relative as NSString).appendingPathComponent(name)
            var status = stat()
            let path = (root as NSString).appendingPathComponent(child)
            guard lstat(path, &status) == 0 else {
                found.append(child)
                continue
            }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                walk(root, relative: child, excluded: excluded, into: &found)
            } else if (status.st_mode & S_IFMT) == S_IFLNK, isDirectory(path) {
                continue  // links to directories are not followed (no loops, no surprises)
            } else {
                found.append(child)
            }
        }
    }
}
