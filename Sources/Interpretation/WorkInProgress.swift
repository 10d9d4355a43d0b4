// Interpretation: work in progress.
