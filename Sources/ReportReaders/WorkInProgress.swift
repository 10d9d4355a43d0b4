// ReportReaders: work in progress.
