// Normalization: work in progress.
