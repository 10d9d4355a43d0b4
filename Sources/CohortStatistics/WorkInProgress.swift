// CohortStatistics: work in progress.
