// Knowledgebase: work in progress.
