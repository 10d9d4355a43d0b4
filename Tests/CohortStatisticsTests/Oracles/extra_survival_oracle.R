#!/usr/bin/env Rscript
# Extra reference outputs from R 'survival' for the CohortStatistics tests: the parts the shared
# oracle (../shared/oracles/survival_oracle.R) does not cover: cox.zph (transform = "km"),
# stratified log-rank and Cox, k = 3 groups, 'plain' and 'log-log' confidence intervals,
# S(t) at and beyond the last observation, the median averaging rule, timefix, and the
# behaviour on degenerate data (no events, perfect separation).
#
# Reference tooling, not part of the product. Regenerate with (R 4.2.2, survival 3.5-3):
#   Rscript Tests/CohortStatisticsTests/Oracles/extra_survival_oracle.R ../shared \
#     > Tests/CohortStatisticsTests/Fixtures/extra_survival_R.json
# The synthetic cohort is regenerated with ../shared/oracles/make_cohort.py (md5 checked).
suppressPackageStartupMessages({
  library(survival)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = TRUE)
shared <- if (length(args) >= 1) args[1] else "../shared"
oracles <- file.path(shared, "oracles")

read_tsv <- function(path) {
  read.delim(path, sep = "\t", header = TRUE, stringsAsFactors = FALSE, check.names = FALSE,
             na.strings = c("", "NA", "[Not Available]", "NaN"))
}
parse_event <- function(x) {
  if (is.numeric(x) || is.logical(x)) return(as.integer(x))
  x <- toupper(trimws(as.character(x)))
  out <- rep(NA_integer_, length(x))
  out[x %in% c("1", "TRUE", "DEAD", "DECEASED", "1:DECEASED")] <- 1L
  out[x %in% c("0", "FALSE", "ALIVE", "LIVING", "0:LIVING")] <- 0L
  out
}
num <- function(x) if (length(x) == 0 || is.null(x)) NA else unname(x)

synthetic <- function(decimals) {
  out <- tempfile(fileext = ".tsv")
  variants <- file.path(shared, "cohorts", "tcga_mc3_keap1_nfe2l2_variants.tsv")
  # R puts its own LD_LIBRARY_PATH in the environment, which can break a pyenv python3.
  status <- system2("env", c("-u", "LD_LIBRARY_PATH", "python3",
                             file.path(oracles, "make_cohort.py"), "--out", out,
                             "--variants", variants, "--time-decimals", decimals),
                    stdout = FALSE, stderr = FALSE)
  if (status != 0) stop("make_cohort.py failed")
  read_tsv(out)
}

# One analysis: spec names the columns; returns KM (three CI transforms), log-rank, Cox and
# cox.zph for each ties method.
analyse <- function(name, d, spec) {
  df <- data.frame(time = as.numeric(d[[spec$time]]), event = parse_event(d[[spec$event]]),
                   group = as.character(d[[spec$group]]), stringsAsFactors = FALSE)
  covs <- spec$covariates
  for (cv in covs) df[[cv]] <- d[[cv]]
  if (!is.null(spec$strata)) df$strat <- as.character(d[[spec$strata]])
  df <- df[complete.cases(df), , drop = FALSE]
  lv <- sort(unique(df$group))
  ref <- if (is.null(spec$ref)) lv[1] else spec$ref
  df$group <- factor(df$group, levels = c(ref, setdiff(lv, ref)))
  # I() keeps length-1 vectors as JSON arrays.
  out <- list(name = name,
              spec = list(time = spec$time, event = spec$event, group = spec$group, ref = ref,
                          covariates = I(as.character(covs)),
                          strata = if (is.null(spec$strata)) NA else spec$strata,
                          times = I(spec$times)),
              n = nrow(df), events = sum(df$event), groups = I(levels(df$group)))

  km <- list()
  for (ct in c("log", "log-log", "plain")) {
    fit <- survfit(Surv(time, event) ~ group, data = df, conf.type = ct)
    tab <- summary(fit)$table
    if (is.null(dim(tab))) tab <- t(as.matrix(tab))
    res <- list()
    for (g in levels(df$group)) {
      key <- if (nrow(tab) == 1) 1 else paste0("group=", g)
      row <- tab[key, ]
      sg <- if (length(levels(df$group)) == 1) fit else fit[paste0("group=", g)]
      s <- summary(sg, times = spec$times, extend = TRUE)
      res[[g]] <- list(n = num(row["records"]), events = num(row["events"]),
                       median = num(row["median"]),
                       median_lower = num(row[grep("LCL", names(row))]),
                       median_upper = num(row[grep("UCL", names(row))]),
                       at = lapply(seq_along(spec$times), function(j) list(
                         time = spec$times[j], surv = num(s$surv[j]),
                         std_err = num(s$std.err[j]), lower = num(s$lower[j]),
                         upper = num(s$upper[j]), n_risk = num(s$n.risk[j]))))
    }
    km[[ct]] <- res
  }
  out$km <- km

  if (length(levels(df$group)) >= 2) {
    sfm <- if (is.null(spec$strata)) Surv(time, event) ~ group
           else Surv(time, event) ~ group + strata(strat)
    sd <- survdiff(sfm, data = df)
    obs <- if (is.matrix(sd$obs)) rowSums(sd$obs) else sd$obs
    ex <- if (is.matrix(sd$exp)) rowSums(sd$exp) else sd$exp
    out$logrank <- list(chisq = unname(sd$chisq), df = sum(ex > 0) - 1,
                        p = pchisq(sd$chisq, sum(ex > 0) - 1, lower.tail = FALSE),
                        observed = unname(obs), expected = unname(ex))
  }

  rhs <- c(if (length(levels(df$group)) >= 2) "group", covs,
           if (!is.null(spec$strata)) "strata(strat)")
  fm <- as.formula(paste("Surv(time, event) ~", paste(rhs, collapse = " + ")))
  cox <- list()
  for (ties in c("efron", "breslow")) {
    warns <- character(0)
    cf <- withCallingHandlers(coxph(fm, data = df, ties = ties),
                              warning = function(w) {
                                warns <<- c(warns, conditionMessage(w))
                                invokeRestart("muffleWarning")
                              })
    entry <- list(warnings = I(warns), loglik = cf$loglik, iter = cf$iter, n = cf$n,
                  nevent = cf$nevent)
    if (cf$nevent > 0) {
      s <- summary(cf)
      entry$terms <- lapply(rownames(s$coefficients), function(nm) list(
        name = nm, coef = s$coefficients[nm, "coef"], se = s$coefficients[nm, "se(coef)"],
        hr = s$coefficients[nm, "exp(coef)"], lower = s$conf.int[nm, "lower .95"],
        upper = s$conf.int[nm, "upper .95"], z = s$coefficients[nm, "z"],
        p = s$coefficients[nm, "Pr(>|z|)"]))
      entry$lr_test <- unname(s$logtest)
      entry$wald_test <- c(unname(cf$wald.test), unname(s$waldtest[2:3]))
      entry$score_test <- unname(s$sctest)
      entry$concordance <- unname(cf$concordance["concordance"])
      if (length(warns) == 0) {
        z <- cox.zph(cf, transform = "km")
        entry$zph <- lapply(rownames(z$table), function(r) list(
          term = r, chisq = z$table[r, "chisq"], df = z$table[r, "df"], p = z$table[r, "p"]))
      }
    }
    cox[[ties]] <- entry
  }
  out$cox <- cox
  out
}

lung <- read_tsv(file.path(oracles, "ref", "lung.tsv"))
rossi <- read_tsv(file.path(oracles, "ref", "rossi.tsv"))
syn <- synthetic(4)
syn_ties <- synthetic(0)
lungtypes <- syn[syn$oncotree_code %in% c("LUAD", "LUSC", "SCLC", "NSCLC"), ]

# Small hand-made data sets, written out in the fixture so the tests read the same rows.
# S(t) = 0.5 exactly on [2, 3): R's median is the midpoint 2.5.
halfway <- data.frame(time = c(1, 2, 3, 4, 5, 6), event = c(1, 1, 1, 0, 1, 1),
                      group = c("A", "A", "A", "A", "B", "B"))
# Times 1 and 1 + 1e-12 are one time for R (timefix); events in both groups at 2 and 3.
timefix <- data.frame(time = c(1, 1 + 1e-12, 2, 3, 3, 4, 5, 6, 2, 7),
                      event = c(1, 1, 0, 1, 1, 0, 1, 1, 1, 0),
                      group = c("A", "A", "A", "A", "B", "B", "B", "B", "B", "A"))
# Median never reached in group B; last observation censored.
notreached <- data.frame(time = c(2, 4, 6, 8, 10, 3, 5, 7, 9, 11),
                         event = c(1, 1, 1, 0, 0, 0, 1, 0, 0, 0),
                         group = c(rep("A", 5), rep("B", 5)))
# Perfect separation: every event is in group B.
separation <- data.frame(time = c(5, 6, 7, 8, 9, 1, 2, 3, 4, 10),
                         event = c(0, 0, 0, 0, 0, 1, 1, 1, 1, 0),
                         group = c(rep("A", 5), rep("B", 5)))

cases <- list(
  analyse("lung", lung, list(time = "time", event = "event", group = "group", ref = "male",
                             covariates = c("age"), times = c(0, 5, 180, 365, 730, 1022, 2000))),
  analyse("rossi", rossi, list(time = "time", event = "event", group = "group", ref = "nofin",
                               covariates = c("age", "prio"), times = c(20, 40, 52, 60))),
  analyse("luad_keap1", syn[syn$oncotree_code == "LUAD", ],
          list(time = "OS_MONTHS", event = "OS_STATUS", group = "KEAP1_status", ref = "WT",
               covariates = c("age", "male"), times = c(6, 12, 24, 60))),
  analyse("luad_keap1_ties", syn_ties[syn_ties$oncotree_code == "LUAD", ],
          list(time = "OS_MONTHS", event = "OS_STATUS", group = "KEAP1_status", ref = "WT",
               covariates = c("age", "male"), times = c(6, 12, 24))),
  analyse("lung_types_stratified", lungtypes,
          list(time = "OS_MONTHS", event = "OS_STATUS", group = "KEAP1_status", ref = "WT",
               covariates = c("age", "male"), strata = "oncotree_code", times = c(12))),
  analyse("three_types", syn[syn$oncotree_code %in% c("LUAD", "LUSC", "SCLC"), ],
          list(time = "OS_MONTHS", event = "OS_STATUS", group = "oncotree_code", ref = "LUAD",
               covariates = c("age"), times = c(6, 12))),
  analyse("halfway", halfway, list(time = "time", event = "event", group = "group", ref = "A",
                                   times = c(2, 2.5, 3, 10))),
  analyse("timefix", timefix, list(time = "time", event = "event", group = "group", ref = "A",
                                   times = c(1, 3))),
  analyse("notreached", notreached, list(time = "time", event = "event", group = "group",
                                         ref = "A", times = c(5, 11, 20))),
  analyse("separation", separation, list(time = "time", event = "event", group = "group",
                                         ref = "A", times = c(5)))
)
datasets <- list(halfway = halfway, timefix = timefix, notreached = notreached,
                 separation = separation)
out <- list(engine = paste0("R ", R.version$major, ".", R.version$minor, " survival ",
                            as.character(packageVersion("survival"))),
            datasets = datasets, cases = cases)
cat(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE, na = "null",
           dataframe = "rows"), "\n")
