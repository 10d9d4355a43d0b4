// VariantEffect: work in progress.
