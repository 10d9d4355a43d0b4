#!/usr/bin/env Rscript
# R survival 3.5-3 results for every survival comparison in knowledgebase/cohorts/tcga-keap1-nfe2l2.json,
# written to ../Fixtures/tcga_derived_R.json (reference tooling, not part of the product). Run from this folder:
#   Rscript tcga_derived_oracle.R ../../../../shared/cohorts/tcga_keap1_nfe2l2_os.tsv > ../Fixtures/tcga_derived_R.json
# Each comparison: rows of one oncotree_code whose <GENE>_status is MUT or WT, with OS_MONTHS and OS_STATUS
# present (R's complete cases, as ../shared/oracles/survival_oracle.R), WT the reference. Reported: the
# Kaplan-Meier curve of each group at its event times (summary(fit, censored = FALSE), log CI), medians,
# survdiff and coxph (Efron).
suppressPackageStartupMessages({
  library(survival)
  library(jsonlite)
})
input <- commandArgs(trailingOnly = TRUE)[1]
d <- read.delim(input, sep = "\t", header = TRUE, stringsAsFactors = FALSE, check.names = FALSE,
                na.strings = c("", "NA", "[Not Available]", "NaN"))
pairs <- list(c("CESC", "NFE2L2"), c("ESCC", "NFE2L2"), c("HCC", "KEAP1"), c("HCC", "NFE2L2"),
              c("HNSC", "KEAP1"), c("HNSC", "NFE2L2"), c("LUAD", "KEAP1"), c("LUAD", "NFE2L2"),
              c("LUSC", "KEAP1"), c("LUSC", "NFE2L2"))
out <- list(engine = paste0("R ", R.version$major, ".", R.version$minor, " survival ",
                            as.character(packageVersion("survival"))))
for (p in pairs) {
  status <- d[[paste0(p[2], "_status")]]
  s <- d[d$oncotree_code == p[1] & status %in% c("MUT", "WT"), ]
  df <- data.frame(time = as.numeric(s$OS_MONTHS), event = as.integer(s$OS_STATUS == "1:DECEASED"),
                   group = factor(s[[paste0(p[2], "_status")]], levels = c("WT", "MUT")))
  df <- df[complete.cases(df), ]
  fit <- survfit(Surv(time, event) ~ group, data = df, conf.type = "log")
  tab <- summary(fit)$table
  groups <- list()
  for (g in levels(df$group)) {
    sg <- summary(fit[paste0("group=", g)], censored = FALSE)
    row <- tab[paste0("group=", g), ]
    groups[[g]] <- list(n = unname(row["records"]), events = unname(row["events"]),
                        median = unname(row["median"]), median_lower = unname(row["0.95LCL"]),
                        median_upper = unname(row["0.95UCL"]),
                        time = sg$time, n_risk = sg$n.risk, surv = sg$surv, lower = sg$lower, upper = sg$upper)
  }
  sd <- survdiff(Surv(time, event) ~ group, data = df)
  cf <- summary(coxph(Surv(time, event) ~ group, data = df, ties = "efron"))
  out[[paste(p[1], p[2], sep = "_")]] <- list(
    n = nrow(df), events = sum(df$event), groups = groups,
    logrank_chisq = unname(sd$chisq), logrank_p = pchisq(sd$chisq, 1, lower.tail = FALSE),
    hr = cf$conf.int[1, "exp(coef)"], hr_lower = cf$conf.int[1, "lower .95"],
    hr_upper = cf$conf.int[1, "upper .95"], p_wald = cf$coefficients[1, "Pr(>|z|)"])
}
cat(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE, na = "null"), "\n")
