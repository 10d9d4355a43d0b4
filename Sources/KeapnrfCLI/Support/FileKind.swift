import Foundation

/// What a path names, from the mode bits of stat(2), in words for messages.
enum FileKind: Equatable {
    case regularFile, directory, symbolicLink, fifo, characterDevice, blockDevice, socket, unknown

    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regularFile
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symbolicLink
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        default: self = .unknown
        }
    }

    /// `a directory`, `a FIFO (named pipe)`, ….
    var description: String {
        switch self {
        case .regularFile: return "a regular file"
        case .directory: return "a directory"
        case .symbolicLink: return "a symbolic link"
        case .fifo: return "a FIFO (named pipe)"
        case .characterDevice: return "a character device"
        case .blockDevice: return "a block device"
        case .socket: return "a socket"
        case .unknown: return "not a regular file"
        }
    }

    /// Why a path could not be opened or examined, for the errno of the failed call.
    static func openFailureReason(errno code: Int32) -> String {
        switch code {
        case ENOENT: return "file not found"
        case ELOOP: return "a loop of symbolic links (too many levels of symbolic links)"
        case EACCES: return "permission denied"
        case ENOTDIR: return "file not found (a part of the path is not a directory)"
        default: return String(cString: strerror(code))
        }
    }
}
