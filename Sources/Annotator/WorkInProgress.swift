// Annotator: work in progress.
