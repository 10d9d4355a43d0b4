// KnowledgeLookup: work in progress.
