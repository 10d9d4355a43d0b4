#!/usr/bin/env Rscript
# The benchmarked work done with R survival, for comparison with `cohort-survival`:
#   Rscript R/cohort_survival.R COHORT.tsv [CANCER_TYPE|ALL] [KEAP1|NFE2L2]
# Reads the table, filters, fits KM per group (S at 6/12/24 months, medians), the log-rank
# test, a Cox model of the gene adjusted for age and sex, and cox.zph; prints one summary line.
suppressPackageStartupMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
subset <- if (length(args) >= 2) args[2] else "ALL"
gene <- if (length(args) >= 3) args[3] else "KEAP1"
d <- read.delim(args[1], sep = "\t", header = TRUE, stringsAsFactors = FALSE, check.names = FALSE,
                na.strings = c("", "NA", "[Not Available]", "NaN"))
if (subset != "ALL") d <- d[d$oncotree_code == subset, ]
d$event <- as.integer(d$OS_STATUS == "1:DECEASED")
d$group <- factor(d[[paste0(gene, "_status")]], levels = c("WT", "MUT"))
fit <- survfit(Surv(OS_MONTHS, event) ~ group, data = d)
km <- summary(fit, times = c(6, 12, 24), extend = TRUE)
medians <- summary(fit)$table
lr <- survdiff(Surv(OS_MONTHS, event) ~ group, data = d)
cx <- coxph(Surv(OS_MONTHS, event) ~ group + age + male, data = d)
sc <- summary(cx)
zph <- cox.zph(cx, transform = "km")
cat(sprintf("n=%d HR=%.6f chisq=%.6f zph=%.6f\n", nrow(d), exp(coef(cx)[1]), lr$chisq,
            zph$table["GLOBAL", "chisq"]))
