// RulesEngine: work in progress.
