"""The labelled tuning corpus (tests/fixtures/jd_corpus/tuning): scores stay above a floor.

Only the tuning set is read here. The held-out set is scored in aggregate by bench/stages.py and by
nobody who changes the parser; the floors below guard against regressions, they are not the targets.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import coverage
import pytest

from talent.jd import parse_jd
from talent.jd.evaluate import (
    Counts,
    Scored,
    as_pasted,
    intervals,
    label_agreement,
    load_corpus,
    parse_whole,
    score,
    source_groups,
    verdict,
)
from talent.models import JobRequirement

CORPUS = Path(__file__).resolve().parents[2] / "fixtures" / "jd_corpus"
TUNING = CORPUS / "tuning"
# Floors per part of the tuning set, raised as the parser improves (never lowered for the parser's
# sake; three were re-based on 2026-12-05 when SOC 2, ISO 27001 and PCI DSS stopped being one name,
# which made the comparison stricter: a "HIPAA" parse had met a "SOC 2" label). The first
# collection keeps the floors it had; with the 93 t2- postings added later it has its own; the 50 t3
# postings (added 2026-11-30, harder: sources the corpus had not seen) have theirs; so do
# the 50 t4, the 43 t5, the 4 x 60 t6-t9 (Hacker News), the 46 t10, the 46 t11, the 29 t12, the
# 23 t13, the 48 t14, the 47 t15, the 47 t16, the 46 t17, the 43 t18, the 42 t19, the 43 t20, the 42 t21,
# the 44 t22, the 41 t23, the 45 t24, the 43 t25, the 45 t26, the 47 t27, the 46 t28, the 45 t29, the
# 44 t30, the 45 t31, the 46 t32, the 26 t33, the 46 t34, the 47 t35, the 42 t36, the 43 t37, the
# 45 t38, the 48 t39, the 46 t40, the 46 t41, the 47 t42, the 45 t43, the 47 t44, the 47 t45, the
# 46 t46, the 45 t47, the 45 t48, the 46 t49, the 45 t50, the 47 t51, the 53 t52, the 51 t53, the
# 45 t54, the 47 t55, the 47 t56, the 42 t57, the 46 t58, the 31 t59, the 47 t60, the 47 t61, the
# 47 t62, the 43 t63, the 45 t64, the 46 t65, the 46 t66, the 46 t67, the 46 t68, the 46 t69, the
# 41 t70, the 43 t71, the 40 t72, the 46 t73, the 40 t74, the 42 t75, the 42 t76, the 42 t77, the
# 44 t78, the 23 t79, the 20 t80, the 35 t81, the 26 t82, the 31 t83, the 38 t84, the 31 t85, the
# 29 t86, the 20 t87, the 40 t88, the 40 t89, the 40 t90, the 36 t91 and the 40 t92 (Hacker News), and
# the 40 t93, the 40 t94, the 40 t95, the 40 t96, the 40 t97, the 40 t98, the 40 t99, the 40 t100, the
# 40 t101, the 40 t102, the 40 t103 and the 40 t104 (job boards: RemoteWLB, freelancermap, Arbeitnow),
# the 40 t105 and the 40 t106 (RemoteWLB and Hacker News), the 40 t107 and the 40 t108 (job boards), and
# the 40 t109 and the 40 t110 (Hacker News and RemoteWLB), the 40 t111 and the 40 t112 (both kinds), and
# the 40 t113, the 40 t114, the 40 t115 and the 40 t116 (both kinds), the 40 t117 and the 40 t118
# (French job boards and Hacker News), the 40 t119, the 40 t120, the 40 t121 and the 40 t122 (all of
# these kinds), the 40 t123 and the 40 t124 (Hacker News, RemoteWLB, freelancermap), and the 40 t125, the
# 40 t126, the 40 t127, the 40 t128, the 40 t129, the 40 t130, the 40 t131, the 40 t132, the 40 t133,
# the 40 t134, the 40 t135, the 40 t136, the 40 t137, the 40 t138, the 40 t139, the 40 t140, the 40 t141,
# the 40 t142, the 40 t143, the 39 t144, the 40 t145, the 40 t146, the 40 t147 and the 40 t148 (the same
# kinds).
FLOORS = {
    "first collection": {
        "required_f1": 0.80,
        "preferred_f1": 0.75,
        "seniority_accuracy": 0.90,
        "min_years_exact": 0.93,
        "remote_accuracy": 0.90,
        "locations_exact": 0.60,
    },
    # Raised to just below the scores of 2026-11-30 (i13-parser2): required F1 0.898, preferred 0.861,
    # seniority 0.968, min_years 0.979, remote 0.963, locations 0.931, title 0.835. Title lowered to 0.81 on
    # 2026-12-05 (0.814): a plural role is now one hire's ("Software Engineers" -> "Software Engineer", as
    # the later labellers write it: 54 tuning titles fixed, 28 broken), and these labels keep the plural.
    "first and t2 collections": {
        "required_f1": 0.89,
        "preferred_f1": 0.85,
        "seniority_accuracy": 0.96,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.96,
        "locations_exact": 0.93,
        "title_accuracy": 0.81,
    },
    # Just below their scores once their errors were fixed by kind (2026-11-30; fresh, before any
    # change: required 0.864, preferred 0.759, seniority 0.86, min_years 0.86, remote 0.80,
    # locations 0.56, title 0.48).
    "t3 collection": {
        "required_f1": 0.87,
        "preferred_f1": 0.82,
        "seniority_accuracy": 0.86,
        "min_years_exact": 0.84,
        "remote_accuracy": 0.90,
        "locations_exact": 0.76,
        "title_accuracy": 0.50,
    },
    # The same for the 50 t4 postings (fresh, after the t3 fixes: required 0.871, preferred 0.624,
    # seniority 0.94, min_years 0.90, remote 0.90, locations 0.66, title 0.54).
    "t4 collection": {
        "required_f1": 0.88,
        "preferred_f1": 0.77,
        "seniority_accuracy": 0.94,
        "min_years_exact": 0.90,
        "remote_accuracy": 0.92,
        "locations_exact": 0.76,
        "title_accuracy": 0.52,
    },
    # The 43 t5 postings (fresh, after the t4 fixes: required 0.770, preferred 0.545, seniority 0.907,
    # min_years 0.86, remote 0.767, locations 0.674, title 0.721).
    "t5 collection": {
        "required_f1": 0.77,
        "preferred_f1": 0.56,
        "seniority_accuracy": 0.90,
        "min_years_exact": 0.85,
        "remote_accuracy": 0.84,
        "locations_exact": 0.77,
        "title_accuracy": 0.70,
    },
    # The 60 t6 Hacker News postings (fresh, after the t5 fixes: required 0.832, preferred 0.414,
    # seniority 0.867, min_years 0.983, remote 0.90, locations 0.667, title 0.433).
    "t6 collection": {
        "required_f1": 0.86,
        "preferred_f1": 0.60,
        "seniority_accuracy": 0.85,
        "min_years_exact": 0.96,
        "remote_accuracy": 0.88,
        "locations_exact": 0.75,
        "title_accuracy": 0.42,
    },
    # The 60 t7 Hacker News postings (fresh, after the t6 fixes: required 0.946, preferred 0.286 on six
    # preferred skills, seniority 0.867, min_years 0.933, remote 0.90, locations 0.717, title 0.50).
    "t7 collection": {
        "required_f1": 0.93,
        "seniority_accuracy": 0.85,
        "min_years_exact": 0.93,
        "remote_accuracy": 0.88,
        "locations_exact": 0.81,
        "title_accuracy": 0.48,
    },
    # The 60 t8 Hacker News postings (fresh, after the t7 fixes: required 0.811, preferred 0.652,
    # seniority 0.867, min_years 0.967, remote 0.867, locations 0.667, title 0.417).
    "t8 collection": {
        "required_f1": 0.83,
        "preferred_f1": 0.73,
        "seniority_accuracy": 0.85,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.91,
        "locations_exact": 0.76,
        "title_accuracy": 0.40,
    },
    # The 60 t9 Hacker News postings (fresh, after all the 2026-11-30 fixes: required 0.866, seniority
    # 0.967, min_years 0.95, remote 0.933, locations 0.85, title 0.417; 5 preferred skills in all).
    "t9 collection": {
        "required_f1": 0.85,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.93,
        "remote_accuracy": 0.91,
        "locations_exact": 0.83,
        "title_accuracy": 0.40,
    },
    # The 46 t10 career pages and boards (en 25, de 6, fr 6, es 9; fresh, after the t9 fixes: required
    # 0.803, preferred 0.634, seniority 0.957, min_years 0.935, remote 0.870, locations 0.630, title 0.739).
    "t10 collection": {
        "required_f1": 0.83,
        "preferred_f1": 0.77,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.93,
        "remote_accuracy": 0.95,
        "locations_exact": 0.80,
        "title_accuracy": 0.80,
    },
    # The 46 t11 career pages and boards (en 25, fr 9, de 6, es 6; fresh, after the t10 fixes: required
    # 0.795, preferred 0.811, seniority 0.870, min_years 0.891, remote 0.696, locations 0.826, title 0.717).
    "t11 collection": {
        "required_f1": 0.82,
        "preferred_f1": 0.82,
        "seniority_accuracy": 0.91,
        "min_years_exact": 0.87,
        "remote_accuracy": 0.82,
        "locations_exact": 0.89,
        "title_accuracy": 0.82,
    },
    # The 29 t12 career pages and boards (en 22, de 4, fr 2, es 1; UK, Kenya, Nigeria, India, Poland...;
    # fresh, after the t11 fixes: required 0.839, preferred 0.481, seniority 0.862, min_years 0.966,
    # remote 0.897, locations 0.621, title 0.897).
    "t12 collection": {
        "required_f1": 0.89,
        "preferred_f1": 0.88,
        "seniority_accuracy": 0.86,
        "min_years_exact": 0.96,
        "remote_accuracy": 0.89,
        "locations_exact": 0.79,
        "title_accuracy": 0.86,
    },
    # The 23 t13 postings from repositories the helpers had fetched but not used (fr 8, en 8, de 4, es
    # 3; scraper dumps, PDF offers, pasted postings; fresh, after the t12 fixes: required 0.683,
    # preferred 0.438, seniority 0.826, min_years 0.913, remote 1.0, locations 0.652, title 0.348).
    "t13 collection": {
        "required_f1": 0.66,
        "preferred_f1": 0.42,
        "seniority_accuracy": 0.86,
        "min_years_exact": 0.91,
        "remote_accuracy": 0.95,
        "locations_exact": 0.65,
        "title_accuracy": 0.34,
    },
    # The 48 t14 postings (en 20, de 11, es 9, fr 8; career pages, board dumps, a user-group board; fresh,
    # after the t13 fixes: required 0.828, preferred 0.447, seniority 0.833, min_years 0.938, remote 0.917,
    # locations 0.792, title 0.708).
    "t14 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.63,
        "seniority_accuracy": 0.93,
        "min_years_exact": 0.97,
        # 0.97 until a possibility of remote work alone read as hybrid, as 12 of the 18 tuning postings
        # saying so are labelled; three of t14's are labelled none
        "remote_accuracy": 0.91,
        "locations_exact": 0.87,
        "title_accuracy": 0.70,
    },
    # The 47 t15 postings (en 26, de 8, es 7, fr 6; fresh, after the t14 fixes: required 0.766, preferred
    # 0.667, seniority 0.915, min_years 0.851, remote 0.787, locations 0.596, title 0.617).
    "t15 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.87,
        "seniority_accuracy": 0.97,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.89,
        "locations_exact": 0.74,
        "title_accuracy": 0.61,
    },
    # The 47 t16 postings (en 20, fr 12, de 8, es 7; fresh, after the t15 fixes: required 0.878,
    # preferred 0.817, seniority 0.872, min_years 0.957, remote 0.745, locations 0.574, title 0.660).
    "t16 collection": {
        "required_f1": 0.87,
        "preferred_f1": 0.81,
        "seniority_accuracy": 0.93,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.93,
        "locations_exact": 0.63,
        "title_accuracy": 0.65,
    },
    # The 46 t17 postings (en 24, de 8, fr 8, es 6; fresh, after the t16 fixes: required 0.845,
    # preferred 0.696, seniority 0.804, min_years 0.848, remote 0.891, locations 0.717, title 0.609).
    "t17 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.77,
        "seniority_accuracy": 0.91,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.91,
        "locations_exact": 0.80,
        "title_accuracy": 0.60,
    },
    # The 43 t18 postings, new ones from the first collection's own sources (RemoteWLB, the Hacker News
    # README rows, bafrontend and devschile; fresh, after the t17 fixes: required 0.857, preferred 0.857,
    # seniority 0.884, min_years 0.977, remote 0.907, locations 0.814, title 0.535).
    "t18 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.85,
        "seniority_accuracy": 0.97,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.95,
        "locations_exact": 0.86,
        "title_accuracy": 0.53,
    },
    # The 42 t19 postings, more from the first collection's sources (RemoteWLB, three Hacker News dumps,
    # beta.gouv, kreait, Arbeitnow, freelancermap; fresh, after the t18 fixes: required 0.840, preferred
    # 0.773, seniority 0.952, min_years 0.929, remote 0.833, locations 0.690, title 0.571).
    "t19 collection": {
        "required_f1": 0.83,
        "preferred_f1": 0.77,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.88,
        "locations_exact": 0.73,
        "title_accuracy": 0.57,
    },
    # The 43 t20 postings, more from the first collection's sources (RemoteWLB, Hacker News dumps, MayaData,
    # plugfr, OsmAnd, Codeando México; fresh, after the t19 fixes: required 0.869, preferred 0.793,
    # seniority 0.953, min_years 0.930, remote 0.907, locations 0.698, title 0.488).
    "t20 collection": {
        "required_f1": 0.86,
        "preferred_f1": 0.79,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.93,
        "locations_exact": 0.69,
        "title_accuracy": 0.48,
    },
    # The 42 t21 postings, more from the first collection's sources (RemoteWLB, four Hacker News dumps,
    # bafrontend, devschile, beta.gouv, kreait, Arbeitnow, freelancermap; fresh, after the t20 fixes:
    # required 0.872, preferred 0.759, seniority 0.929, min_years 0.976, remote 0.881, locations 0.667,
    # title 0.476).
    "t21 collection": {
        "required_f1": 0.88,
        "preferred_f1": 0.80,
        "seniority_accuracy": 0.97,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.92,
        "locations_exact": 0.80,
        "title_accuracy": 0.50,
    },
    # The 44 t22 postings, more from the first collection's sources (RemoteWLB, four Hacker News dumps,
    # bafrontend, devschile, beta.gouv, Arbeitnow, freelancermap; fresh, after the t21 fixes: required
    # 0.920, preferred 0.807, seniority 0.864, min_years 0.932, remote 0.818, locations 0.659, title 0.409).
    "t22 collection": {
        "required_f1": 0.92,
        "preferred_f1": 0.80,
        "seniority_accuracy": 0.86,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.90,
        "locations_exact": 0.81,
        "title_accuracy": 0.40,
    },
    # The 41 t23 postings, more from the first collection's sources (RemoteWLB, four Hacker News dumps,
    # bafrontend, beta.gouv, kreait, Arbeitnow, freelancermap; fresh, after the t22 fixes: required 0.869,
    # preferred 0.702, seniority 0.902, min_years 0.951, remote 0.805, locations 0.756, title 0.537).
    "t23 collection": {
        "required_f1": 0.88,
        "preferred_f1": 0.74,
        "seniority_accuracy": 0.92,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.87,
        "locations_exact": 0.82,
        "title_accuracy": 0.56,
    },
    # The 45 t24 postings, more from the first collection's sources (RemoteWLB, four Hacker News dumps,
    # bafrontend, beta.gouv, Arbeitnow, freelancermap; fresh, after the t23 fixes: required 0.872, preferred
    # 0.735, seniority 0.911, min_years 0.978, remote 0.822, locations 0.844, title 0.600).
    "t24 collection": {
        "required_f1": 0.88,
        "preferred_f1": 0.91,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.93,
        "locations_exact": 0.86,
        "title_accuracy": 0.60,
    },
    # The 43 t25 postings, more from the first collection's sources (RemoteWLB, four Hacker News dumps,
    # bafrontend, beta.gouv, Arbeitnow, freelancermap; fresh, after the t24 fixes: required 0.881, preferred
    # 0.835, seniority 0.953, min_years 0.930, remote 0.791, locations 0.698, title 0.372).
    "t25 collection": {
        "required_f1": 0.88,
        "preferred_f1": 0.83,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.93,
        "remote_accuracy": 0.88,
        "locations_exact": 0.74,
        "title_accuracy": 0.37,
    },
    # The 45 t26 postings, more from the first collection's sources (RemoteWLB, four Hacker News dumps,
    # beta.gouv, Arbeitnow, freelancermap; fresh, after the t25 fixes: required 0.811, preferred 0.723,
    # seniority 0.911, min_years 0.933, remote 0.733, locations 0.756, title 0.378).
    "t26 collection": {
        "required_f1": 0.84,
        "preferred_f1": 0.72,
        "seniority_accuracy": 0.91,
        "min_years_exact": 0.93,
        "remote_accuracy": 0.80,
        "locations_exact": 0.77,
        "title_accuracy": 0.37,
    },
    # The 47 t27 postings, more from the first collection's sources (RemoteWLB, four Hacker News dumps,
    # beta.gouv, Arbeitnow, freelancermap; fresh, after the t26 fixes: required 0.818, preferred 0.685,
    # seniority 0.851, min_years 0.957, remote 0.809, locations 0.723, title 0.383).
    "t27 collection": {
        "required_f1": 0.83,
        "preferred_f1": 0.82,
        "seniority_accuracy": 0.87,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.89,
        "locations_exact": 0.76,
        "title_accuracy": 0.38,
    },
    # The 46 t28 postings, more from the first collection's sources (RemoteWLB, four Hacker News dumps,
    # beta.gouv, Arbeitnow, freelancermap; fresh, after the t27 fixes: required 0.795, preferred 0.427,
    # seniority 0.913, min_years 0.913, remote 0.826, locations 0.783, title 0.370).
    "t28 collection": {
        "required_f1": 0.82,
        "preferred_f1": 0.73,
        "seniority_accuracy": 0.91,
        "min_years_exact": 0.91,
        "remote_accuracy": 0.86,
        "locations_exact": 0.78,
        "title_accuracy": 0.36,
    },
    # The 45 t29 postings, more from the first collection's sources (RemoteWLB, four Hacker News dumps,
    # beta.gouv, Arbeitnow, freelancermap; fresh, after the t28 fixes: required 0.846, preferred 0.742,
    # seniority 0.911, min_years 0.978, remote 0.822, locations 0.778, title 0.511).
    "t29 collection": {
        "required_f1": 0.84,
        "preferred_f1": 0.74,
        "seniority_accuracy": 0.91,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.82,
        "locations_exact": 0.80,
        "title_accuracy": 0.51,
    },
    # The t30 postings, drawn as t29 (fresh, 48, after four location and remote fixes made from tuning:
    # required 0.836, preferred 0.640, seniority 0.812, min_years 0.958, remote 0.812, locations 0.812,
    # title 0.438). 4 were removed later, after a fixed overlap check (see the README): floors for the 44.
    "t30 collection": {
        "required_f1": 0.86,
        "preferred_f1": 0.69,
        "seniority_accuracy": 0.84,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.90,
        "locations_exact": 0.90,
        "title_accuracy": 0.43,
    },
    # The t31 postings, drawn as t30 (fresh, 48, after the t30 fixes: required 0.834, preferred 0.676,
    # seniority 0.896, min_years 0.958, remote 0.833, locations 0.854, title 0.396). 3 removed later: floors
    # for the 45.
    "t31 collection": {
        "required_f1": 0.81,
        "preferred_f1": 0.57,
        "seniority_accuracy": 0.93,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.88,
        "locations_exact": 0.93,
        "title_accuracy": 0.42,
    },
    # The t32 postings, drawn as t31. RemoteWLB and the Hacker News dumps, 32 (fresh, after the t31 fixes:
    # required 0.908, preferred 0.850, seniority 0.875, min_years 0.969, remote 0.781, locations 0.781,
    # title 0.406; 2 removed later); beta.gouv, Arbeitnow and freelancermap, 16, scored apart when they
    # came (required 0.745, preferred 0.445, seniority 0.938, min_years 1.0, remote 0.688, locations
    # 0.875, title 0.312). Floors for the 46.
    "t32 collection": {
        "required_f1": 0.87,
        "preferred_f1": 0.80,
        "seniority_accuracy": 0.89,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.86,
        "locations_exact": 0.82,
        "title_accuracy": 0.36,
    },
    # The 26 t33 postings, RemoteWLB and the Hacker News dumps drawn as t32 (six dropped unread: four
    # near-copies of tuning postings, two sharing text with held-out postings); fresh, after the t32
    # fixes: required 0.834, preferred 0.750, seniority 0.962, min_years 1.0, remote 0.808, locations
    # 0.885, title 0.500.
    "t33 collection": {
        "required_f1": 0.83,
        "preferred_f1": 0.74,
        "seniority_accuracy": 0.96,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.88,
        "locations_exact": 0.88,
        "title_accuracy": 0.49,
    },
    # The 46 t34 postings, RemoteWLB, the Hacker News dumps, beta.gouv, Arbeitnow and freelancermap (two
    # dropped unread: sharing 29% and 49% of their text with held-out postings); fresh, after the t33
    # fixes: required 0.849, preferred 0.560, seniority 0.870, min_years 0.957, remote 0.870, locations
    # 0.804, title 0.413.
    "t34 collection": {
        "required_f1": 0.90,
        "preferred_f1": 0.74,
        "seniority_accuracy": 0.89,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.95,
        "locations_exact": 0.84,
        "title_accuracy": 0.41,
    },
    # The 47 t35 postings, the same sources as t34 (one dropped unread: sharing 44% of its text with a
    # held-out posting); fresh, after the t34 fixes: required 0.811, preferred 0.576, seniority 0.830,
    # min_years 0.979, remote 0.809, locations 0.745, title 0.383.
    "t35 collection": {
        "required_f1": 0.82,
        "preferred_f1": 0.78,
        "seniority_accuracy": 0.89,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.87,
        "locations_exact": 0.80,
        "title_accuracy": 0.38,
    },
    # The 42 t36 postings, the same sources (six dropped unread: three near-copies of tuning postings,
    # 75-98%, and three sharing 32-99% of their text with held-out postings); fresh, after the t35 fixes:
    # required 0.825, preferred 0.874, seniority 0.952, min_years 0.976, remote 0.881, locations 0.905,
    # title 0.333.
    "t36 collection": {
        "required_f1": 0.84,
        "preferred_f1": 0.92,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.95,
        "locations_exact": 0.90,
        "title_accuracy": 0.33,
    },
    # The 43 t37 postings, the same sources plus four of the RemoteWLB helper's next draws (nine dropped
    # unread: six near-copies of tuning postings, 73-99%, three sharing 30-48% with held-out postings);
    # fresh, after the t36 fixes: required 0.830, preferred 0.724, seniority 0.953, min_years 0.953, remote
    # 0.930, locations 0.860, title 0.395.
    "t37 collection": {
        "required_f1": 0.87,
        "preferred_f1": 0.90,
        "seniority_accuracy": 0.97,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.95,
        "locations_exact": 0.86,
        "title_accuracy": 0.39,
    },
    # The 45 t38 postings, the same sources (three dropped unread: a near-copy of a tuning posting, 96%,
    # and two sharing 42-44% with held-out postings); fresh, after the t37 fixes: required 0.860, preferred
    # 0.724, seniority 0.889, min_years 0.956, remote 0.822, locations 0.822, title 0.556.
    "t38 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.72,
        "seniority_accuracy": 0.91,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.82,
        "locations_exact": 0.84,
        "title_accuracy": 0.55,
    },
    # The 48 t39 postings, the same sources (no Spanish left at RemoteWLB; none dropped); fresh, after the
    # first t38 fixes: required 0.915, preferred 0.853, seniority 0.854, min_years 0.938, remote 0.938,
    # locations 0.792, title 0.500.
    "t39 collection": {
        "required_f1": 0.91,
        "preferred_f1": 0.85,
        "seniority_accuracy": 0.85,
        "min_years_exact": 0.93,
        "remote_accuracy": 0.93,
        "locations_exact": 0.79,
        "title_accuracy": 0.49,
    },
    # The 46 t40 postings, the same sources (two dropped unread: 26% and 34% shared with held-out
    # postings); fresh, after the t39 fixes: required 0.889, preferred 0.905, seniority 0.957, min_years
    # 0.978, remote 0.913, locations 0.870, title 0.391.
    "t40 collection": {
        "required_f1": 0.88,
        "preferred_f1": 0.90,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.91,
        "locations_exact": 0.86,
        "title_accuracy": 0.39,
    },
    # The 46 t41 postings, the same sources (two dropped unread: 30% and 47% shared with held-out
    # postings); fresh, after the t40 fixes: required 0.839, preferred 0.870, seniority 0.978, min_years
    # 0.957, remote 0.891, locations 0.848, title 0.457.
    "t41 collection": {
        "required_f1": 0.83,
        "preferred_f1": 0.86,
        "seniority_accuracy": 0.97,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.89,
        "locations_exact": 0.84,
        "title_accuracy": 0.45,
    },
    # The 47 t42 postings, the same sources (one dropped unread: 34% shared with a held-out posting);
    # fresh, after the t41 fixes: required 0.834, preferred 0.681, seniority 0.872, min_years 1.000, remote
    # 0.915, locations 0.745, title 0.511.
    "t42 collection": {
        "required_f1": 0.83,
        "preferred_f1": 0.68,
        "seniority_accuracy": 0.87,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.91,
        "locations_exact": 0.74,
        "title_accuracy": 0.51,
    },
    # The 45 t43 postings, the same sources (three dropped unread: a near-copy of a tuning posting, 86%,
    # and two sharing 34% and 41% with held-out postings); fresh, after the t42 fixes: required 0.850,
    # preferred 0.611, seniority 0.889, min_years 1.000, remote 0.867, locations 0.889, title 0.467.
    "t43 collection": {
        "required_f1": 0.84,
        # re-based 2026-12-05: SOC 2, ISO 27001, PCI DSS split (re-scored, the parser before it: 0.605)
        "preferred_f1": 0.58,
        "seniority_accuracy": 0.88,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.86,
        "locations_exact": 0.88,
        "title_accuracy": 0.46,
    },
    # The 47 t44 postings, the same sources (none dropped: no draw shares more than 5% with a held-out
    # posting or 49% with a tuning one); fresh, after the t43 fixes: required 0.838, preferred 0.632,
    # seniority 0.872, min_years 0.936, remote 0.915, locations 0.851, title 0.489.
    "t44 collection": {
        "required_f1": 0.83,
        "preferred_f1": 0.63,
        "seniority_accuracy": 0.87,
        "min_years_exact": 0.93,
        "remote_accuracy": 0.91,
        "locations_exact": 0.85,
        "title_accuracy": 0.48,
    },
    # The 47 t45 postings, the same sources (none dropped: no draw shares more than 12% with a held-out
    # posting or 39% with a tuning one); fresh, after the first t44 fixes: required 0.918, preferred
    # 0.722, seniority 0.915, min_years 1.000, remote 0.957, locations 0.915, title 0.511.
    "t45 collection": {
        "required_f1": 0.91,
        "preferred_f1": 0.72,
        "seniority_accuracy": 0.91,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.95,
        "locations_exact": 0.91,
        "title_accuracy": 0.51,
    },
    # The 46 t46 postings, the same sources (one dropped unread: 36% shared with a held-out posting);
    # fresh, after the t45 fixes: required 0.866, preferred 0.716, seniority 0.891, min_years 1.000,
    # remote 0.848, locations 0.826, title 0.500.
    "t46 collection": {
        "required_f1": 0.86,
        "preferred_f1": 0.71,
        "seniority_accuracy": 0.89,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.84,
        "locations_exact": 0.82,
        "title_accuracy": 0.5,
    },
    # The 45 t47 postings, the same sources (two dropped unread: 56% and 30% shared with held-out
    # postings); fresh, after the t46 fixes: required 0.845, preferred 0.750, seniority 0.911, min_years
    # 0.933, remote 0.956, locations 0.778, title 0.511.
    "t47 collection": {
        "required_f1": 0.84,
        "preferred_f1": 0.75,
        "seniority_accuracy": 0.91,
        "min_years_exact": 0.93,
        "remote_accuracy": 0.95,
        "locations_exact": 0.77,
        "title_accuracy": 0.51,
    },
    # The 45 t48 postings, the same sources (two dropped unread: 56% and 33% shared with held-out
    # postings); fresh, after the t47 fixes: required 0.813, preferred 0.721, seniority 0.956, min_years
    # 0.978, remote 0.933, locations 0.800, title 0.444.
    "t48 collection": {
        "required_f1": 0.81,
        "preferred_f1": 0.72,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.93,
        "locations_exact": 0.8,
        "title_accuracy": 0.44,
    },
    # The 46 t49 postings, the same sources (one dropped unread: 59% shared with a held-out posting);
    # fresh, after the t48 fixes: required 0.870, preferred 0.886, seniority 0.978, min_years 1.000,
    # remote 0.935, locations 0.870, title 0.413.
    "t49 collection": {
        "required_f1": 0.87,
        "preferred_f1": 0.88,
        "seniority_accuracy": 0.97,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.93,
        "locations_exact": 0.86,
        "title_accuracy": 0.41,
    },
    # The 45 t50 postings, the same sources (two dropped unread: 40% and 29% shared with held-out
    # postings); fresh, after the t49 fixes: required 0.822, preferred 0.708, seniority 0.933, min_years
    # 0.956, remote 0.889, locations 0.822, title 0.533.
    "t50 collection": {
        "required_f1": 0.82,
        "preferred_f1": 0.7,
        "seniority_accuracy": 0.93,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.88,
        "locations_exact": 0.82,
        "title_accuracy": 0.53,
    },
    # The 47 t51 postings, the same sources (none dropped: no draw shares more than 5% with a held-out
    # posting or 49% with a tuning one); fresh, after the t50 fixes: required 0.839, preferred 0.710,
    # seniority 0.957, min_years 0.979, remote 0.872, locations 0.872, title 0.532.
    "t51 collection": {
        "required_f1": 0.83,
        "preferred_f1": 0.7,  # 0.7097, shown as 0.710
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.87,
        "locations_exact": 0.87,
        "title_accuracy": 0.53,
    },
    # The 53 t52 postings, the same sources plus six from the long tail (none dropped); fresh, after the
    # t51 fixes: required 0.835, preferred 0.496, seniority 0.868, min_years 0.943, remote 0.906,
    # locations 0.925, title 0.566.
    "t52 collection": {
        "required_f1": 0.83,
        "preferred_f1": 0.49,
        "seniority_accuracy": 0.86,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.9,
        "locations_exact": 0.92,
        "title_accuracy": 0.56,
    },
    # The 51 t53 postings, the same sources plus five in Spanish (one dropped unread: 74% shared with a
    # held-out posting); fresh, after the t52 fixes: required 0.802, preferred 0.764, seniority 0.941,
    # min_years 0.941, remote 0.941, locations 0.804, title 0.627.
    "t53 collection": {
        "required_f1": 0.8,
        "preferred_f1": 0.76,
        "seniority_accuracy": 0.94,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.94,
        "locations_exact": 0.8,
        "title_accuracy": 0.62,
    },
    # The 45 t54 postings, the same sources (two dropped unread: 76% and 52% shared with held-out
    # postings); fresh, after the t53 fixes: required 0.889, preferred 0.748, seniority 0.844, min_years
    # 0.978, remote 0.956, locations 0.933, title 0.733.
    "t54 collection": {
        "required_f1": 0.88,
        "preferred_f1": 0.74,
        "seniority_accuracy": 0.84,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.95,
        "locations_exact": 0.93,
        "title_accuracy": 0.73,
    },
    # The 47 t55 postings, the same sources (none dropped); fresh, after the t54 fixes: required 0.821,
    # preferred 0.710, seniority 0.936, min_years 0.979, remote 0.915, locations 0.894, title 0.681.
    "t55 collection": {
        "required_f1": 0.82,
        "preferred_f1": 0.71,
        "seniority_accuracy": 0.93,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.91,
        "locations_exact": 0.89,
        "title_accuracy": 0.68,
    },
    # The 47 t56 postings, the same sources (none dropped); fresh, after the t55 fixes: required 0.875,
    # preferred 0.871, seniority 0.936, min_years 0.936, remote 0.915, locations 0.809, title 0.723.
    "t56 collection": {
        "required_f1": 0.87,
        "preferred_f1": 0.87,
        "seniority_accuracy": 0.93,
        "min_years_exact": 0.93,
        "remote_accuracy": 0.91,
        "locations_exact": 0.8,
        "title_accuracy": 0.72,
    },
    # The 42 t57 postings, the same sources (one dropped unread: 40% shared with a held-out posting);
    # fresh, after the t56 fixes: required 0.899, preferred 0.789, seniority 0.952, min_years 0.929,
    # remote 0.833, locations 0.857, title 0.667.
    "t57 collection": {
        "required_f1": 0.89,
        "preferred_f1": 0.78,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.92,
        "remote_accuracy": 0.83,
        "locations_exact": 0.85,
        "title_accuracy": 0.66,
    },
    # The 46 t58 postings, the same sources, the prompts rewritten this session (one dropped unread: 76%
    # shared with a held-out posting); fresh, after the t57 fixes: required 0.864, preferred 0.860,
    # seniority 0.935, min_years 0.957, remote 0.935, locations 0.891, title 0.630.
    "t58 collection": {
        "required_f1": 0.86,
        "preferred_f1": 0.85,
        "seniority_accuracy": 0.93,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.93,
        "locations_exact": 0.89,
        "title_accuracy": 0.63,
    },
    # The 31 t59 postings: the Hacker News and German/French parts only (the RemoteWLB helper's 16 files
    # were lost before scoring; none dropped); fresh, after the t58 fixes so far: required 0.895,
    # preferred 0.667, seniority 0.903, min_years 0.968, remote 0.806, locations 0.839, title 0.452.
    "t59 collection": {
        "required_f1": 0.89,
        "preferred_f1": 0.66,
        "seniority_accuracy": 0.9,
        "min_years_exact": 0.96,
        "remote_accuracy": 0.8,
        "locations_exact": 0.83,
        "title_accuracy": 0.45,
    },
    # The 47 t60 postings, the same sources (seed 2060; no French RemoteWLB posting qualified; none
    # dropped); fresh, after the t59 fixes so far: required 0.869, preferred 0.741, seniority 0.915,
    # min_years 1.0, remote 0.894, locations 0.894, title 0.574.
    "t60 collection": {
        "required_f1": 0.86,
        "preferred_f1": 0.74,
        "seniority_accuracy": 0.91,
        "min_years_exact": 1.0,
        "remote_accuracy": 0.89,
        "locations_exact": 0.89,
        "title_accuracy": 0.57,
    },
    # The 47 t61 postings, the same sources (seed 2061; one French RemoteWLB posting; none dropped);
    # fresh, after the t60 fixes so far: required 0.824, preferred 0.787, seniority 0.957, min_years
    # 0.979, remote 0.894, locations 0.872, title 0.553.
    "t61 collection": {
        "required_f1": 0.82,
        "preferred_f1": 0.78,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.89,
        "locations_exact": 0.87,
        "title_accuracy": 0.55,
    },
    # The 47 t62 postings, the same sources (seed 2062; one French RemoteWLB posting; none dropped);
    # fresh, after the t61 fixes: required 0.837, preferred 0.642, seniority 0.936, min_years 0.957,
    # remote 0.957, locations 0.851, title 0.766.
    "t62 collection": {
        "required_f1": 0.83,
        "preferred_f1": 0.64,
        "seniority_accuracy": 0.93,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.95,
        "locations_exact": 0.85,
        "title_accuracy": 0.76,
    },
    # The 43 t63 postings, the same sources (seed 2063; no French RemoteWLB posting; four dropped unread:
    # two near-copies of tuning postings, two non-tech rows); fresh, after the t62 fixes: required 0.799,
    # preferred 0.607, seniority 0.954, min_years 1.000, remote 0.884, locations 0.884, title 0.581.
    "t63 collection": {
        "required_f1": 0.79,
        "preferred_f1": 0.60,
        "seniority_accuracy": 0.95,
        "min_years_exact": 1.00,
        "remote_accuracy": 0.88,
        "locations_exact": 0.88,
        "title_accuracy": 0.58,
    },
    # The 45 t64 postings, the same sources (seed 2064; no French RemoteWLB posting; two repeated Hacker
    # News jobs rows dropped unread); fresh, after the t63 fixes: required 0.852, preferred 0.769,
    # seniority 0.956, min_years 0.956, remote 0.911, locations 0.844, title 0.689.
    "t64 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.76,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.91,
        "locations_exact": 0.84,
        "title_accuracy": 0.68,
    },
    # The 46 t65 postings, the same sources (seed 2065; no French RemoteWLB posting; one stub dropped
    # unread); fresh, after the t64 fixes: required 0.850, preferred 0.642, seniority 0.848, min_years
    # 0.957, remote 0.870, locations 0.913, title 0.630.
    "t65 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.64,
        "seniority_accuracy": 0.84,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.86,
        "locations_exact": 0.91,
        "title_accuracy": 0.63,
    },
    # The 46 t66 postings, the same sources (seed 2066; no French RemoteWLB posting; one stub dropped
    # unread); fresh, after the t65 fixes: required 0.845, preferred 0.703, seniority 1.000, min_years
    # 0.957, remote 0.870, locations 0.761, title 0.696.
    "t66 collection": {
        "required_f1": 0.84,
        "preferred_f1": 0.70,
        "seniority_accuracy": 1.00,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.86,
        "locations_exact": 0.76,
        "title_accuracy": 0.69,
    },
    # The 46 t67 postings, the same sources (seed 2067; no French RemoteWLB posting; one stub dropped
    # unread); fresh, after the t66 fixes: required 0.823, preferred 0.667, seniority 0.957, min_years
    # 0.913, remote 0.935, locations 0.783, title 0.652.
    "t67 collection": {
        "required_f1": 0.82,
        "preferred_f1": 0.66,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.91,
        "remote_accuracy": 0.93,
        "locations_exact": 0.78,
        "title_accuracy": 0.65,
    },
    # The 46 t68 postings, the same sources (seed 2068; no French RemoteWLB posting; one draw near a
    # held-out posting dropped unread); fresh, after the t67 fixes: required 0.858, preferred 0.709,
    # seniority 0.913, min_years 1.000, remote 0.913, locations 0.870, title 0.717.
    "t68 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.70,
        "seniority_accuracy": 0.91,
        "min_years_exact": 1.00,
        "remote_accuracy": 0.91,
        "locations_exact": 0.86,
        "title_accuracy": 0.71,
    },
    # The 46 t69 postings, the same sources (seed 2069; no French RemoteWLB posting; one Hacker News
    # jobs row dropped unread as a stub); fresh, after the t68 fixes: required 0.850, preferred 0.714,
    # seniority 0.913, min_years 0.913, remote 0.978, locations 0.848, title 0.652.
    "t69 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.71,
        "seniority_accuracy": 0.91,
        "min_years_exact": 0.91,
        "remote_accuracy": 0.97,
        "locations_exact": 0.84,
        "title_accuracy": 0.65,
    },
    # The 41 t70 postings, the same sources (seed 2070; one French RemoteWLB posting; six draws dropped
    # unread: three near-copies of tuning postings, one 59% like a held-out posting, two stubs); fresh,
    # after the t69 fixes: required 0.914, preferred 0.766, seniority 0.902, min_years 0.951, remote
    # 0.902, locations 0.878, title 0.537.
    "t70 collection": {
        "required_f1": 0.91,
        "preferred_f1": 0.76,
        "seniority_accuracy": 0.90,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.90,
        "locations_exact": 0.87,
        "title_accuracy": 0.53,
    },
    # The 43 t71 postings, the same sources (seed 2071; no French RemoteWLB posting; 14 Hacker News
    # postings, as one row list ran out; two rows under 150 characters dropped unread); fresh, after the
    # t70 fixes: required 0.865, preferred 0.891, seniority 0.860, min_years 0.977, remote 0.884,
    # locations 0.698, title 0.605.
    "t71 collection": {
        "required_f1": 0.86,
        "preferred_f1": 0.89,
        "seniority_accuracy": 0.86,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.88,
        "locations_exact": 0.69,
        "title_accuracy": 0.60,
    },
    # The 40 t72 postings, the same sources (seed 2072; no French RemoteWLB posting; seven draws dropped
    # unread: overlap with tuning or held-out postings, or rows under 150 characters); fresh, after the
    # t71 fixes: required 0.816, preferred 0.674, seniority 0.875, min_years 0.925, remote 0.850,
    # locations 0.800, title 0.725.
    "t72 collection": {
        "required_f1": 0.81,
        "preferred_f1": 0.67,
        "seniority_accuracy": 0.87,
        "min_years_exact": 0.92,
        "remote_accuracy": 0.85,
        "locations_exact": 0.80,
        "title_accuracy": 0.72,
    },
    # The 46 t73 postings, the same sources (seed 2073; one French RemoteWLB posting; one row under 150
    # characters dropped unread); fresh, after the first t72 fixes: required 0.880, preferred 0.889,
    # seniority 1.000, min_years 0.891, remote 0.870, locations 0.848, title 0.717.
    "t73 collection": {
        "required_f1": 0.88,
        "preferred_f1": 0.88,
        "seniority_accuracy": 1.00,
        "min_years_exact": 0.89,
        "remote_accuracy": 0.86,
        "locations_exact": 0.84,
        "title_accuracy": 0.71,
    },
    # The 40 t74 postings, the same sources (seed 2074; few French postings qualified; two draws dropped
    # unread for overlap); fresh, after the first t73 fixes: required 0.878, preferred 0.698, seniority
    # 0.900, min_years 0.975, remote 0.950, locations 0.825, title 0.625.
    "t74 collection": {
        "required_f1": 0.87,
        "preferred_f1": 0.69,
        "seniority_accuracy": 0.90,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.95,
        "locations_exact": 0.82,
        "title_accuracy": 0.62,
    },
    # The 42 t75 postings, the same sources (seed 2075; no French RemoteWLB posting and one French
    # beta.gouv posting qualified); fresh, after this stop's first tuning fixes: required 0.853, preferred
    # 0.813, seniority 0.952, min_years 0.976, remote 0.929, locations 1.000, title 0.476.
    # Seniority 0.92 since 2026-12-05 (0.929): a multi-role posting now takes its first role's level, as
    # the later labellers do; this batch's label for one such posting says none.
    "t75 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.81,
        "seniority_accuracy": 0.92,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.92,
        "locations_exact": 1.0,
        "title_accuracy": 0.47,
    },
    # The 42 t76 postings, the same sources (seed 2076; no French RemoteWLB posting qualified, 4 French
    # designer roles; five draws dropped unread); fresh, after the t75 title fix: required 0.883,
    # preferred 0.918, seniority 0.738, min_years 1.000, remote 0.976, locations 0.714, title 0.643.
    "t76 collection": {
        "required_f1": 0.88,
        "preferred_f1": 0.91,
        "seniority_accuracy": 0.73,
        "min_years_exact": 1.0,
        "remote_accuracy": 0.97,
        "locations_exact": 0.71,
        "title_accuracy": 0.64,
    },
    # The 42 t77 postings, the same sources (seed 2077; no French RemoteWLB posting qualified, 5 French
    # design roles; one draw dropped unread); fresh, after the SAP-module fix: required 0.856, preferred
    # 0.720, seniority 0.881, min_years 0.929, remote 0.952, locations 0.667, title 0.667.
    "t77 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.72,
        "seniority_accuracy": 0.88,
        "min_years_exact": 0.92,
        "remote_accuracy": 0.95,
        "locations_exact": 0.66,
        "title_accuracy": 0.66,
    },
    # The 44 t78 postings, the same sources (seed 2078; no French RemoteWLB posting qualified, 5 French
    # portfolio and data roles; three draws dropped unread); fresh, after this stop's fixes so far:
    # required 0.854, preferred 0.774, seniority 0.932, min_years 1.000, remote 0.773, locations 0.795,
    # title 0.682.
    "t78 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.77,
        "seniority_accuracy": 0.93,
        "min_years_exact": 1.0,
        "remote_accuracy": 0.77,
        "locations_exact": 0.79,
        "title_accuracy": 0.68,
    },
    # The 23 t79 postings, a long-tail draw (seed 2079; career pages and single postings, 16 of 39 draws
    # dropped unread for overlap); fresh, after this stop's first fix: required 0.886, preferred 0.694,
    # seniority 0.783, min_years 0.957, remote 0.913, locations 0.783, title 0.739.
    "t79 collection": {
        "required_f1": 0.88,
        "preferred_f1": 0.69,
        "seniority_accuracy": 0.78,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.91,
        "locations_exact": 0.78,
        "title_accuracy": 0.73,
    },
    # The 20 t80 postings, a second long-tail draw (seed 2080; 6 of 26 draws dropped unread for overlap);
    # fresh, after this stop's first three fixes: required 0.758, preferred 0.539, seniority 0.950,
    # min_years 0.950, remote 0.800, locations 0.950, title 0.900.
    "t80 collection": {
        "required_f1": 0.75,
        "preferred_f1": 0.53,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.8,
        "locations_exact": 0.95,
        "title_accuracy": 0.9,
    },
    # The 35 t81 postings, a third long-tail draw (seed 2081; a repository cap across batches; 5 of 40
    # draws dropped unread for overlap); fresh: required 0.899, preferred 0.753, seniority 0.943,
    # min_years 0.971, remote 0.800, locations 0.686, title 0.743.
    "t81 collection": {
        "required_f1": 0.89,
        "preferred_f1": 0.75,
        "seniority_accuracy": 0.94,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.8,
        "locations_exact": 0.68,
        "title_accuracy": 0.74,
    },
    # The 26 t82 postings, a fourth long-tail draw (seed 2082; 4 of 30 draws dropped unread for overlap);
    # fresh, after t81's fixes: required 0.857, preferred 0.617, seniority 0.885, min_years 0.962,
    # remote 0.885, locations 0.808, title 0.654.
    "t82 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.61,
        "seniority_accuracy": 0.88,
        "min_years_exact": 0.96,
        "remote_accuracy": 0.88,
        "locations_exact": 0.8,
        "title_accuracy": 0.65,
    },
    # The 31 t83 postings, a fifth long-tail draw (seed 2083; 4 of 35 draws dropped unread for overlap);
    # fresh: required 0.908, preferred 0.750, seniority 0.903, min_years 0.903, remote 0.806,
    # locations 0.645, title 0.903.
    "t83 collection": {
        "required_f1": 0.9,
        "preferred_f1": 0.75,
        "seniority_accuracy": 0.9,
        "min_years_exact": 0.9,
        "remote_accuracy": 0.8,
        "locations_exact": 0.64,
        "title_accuracy": 0.9,
    },
    # The 38 t84 postings, a sixth long-tail draw (seeds 20841-20843; 2 of 40 dropped unread for
    # overlap); fresh: required 0.856, preferred 0.783, seniority 0.842, min_years 0.947, remote 0.895,
    # locations 0.711, title 0.579.
    "t84 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.78,
        "seniority_accuracy": 0.84,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.89,
        "locations_exact": 0.71,
        "title_accuracy": 0.57,
    },
    # The 31 t85 postings, a seventh long-tail draw (seeds 20851-20853; 5 of 36 dropped unread for
    # overlap); fresh: required 0.872, preferred 0.846, seniority 0.903, min_years 0.935, remote 0.871,
    # locations 0.871, title 0.742.
    "t85 collection": {
        "required_f1": 0.87,
        "preferred_f1": 0.84,
        "seniority_accuracy": 0.9,
        "min_years_exact": 0.93,
        "remote_accuracy": 0.87,
        "locations_exact": 0.87,
        "title_accuracy": 0.74,
    },
    # The 29 t86 postings, an eighth long-tail draw (seeds 20861-20863; 2 of 31 dropped unread for
    # overlap); fresh: required 0.834, preferred 0.733, seniority 0.897, min_years 0.966, remote 0.897,
    # locations 0.759, title 0.448.
    "t86 collection": {
        "required_f1": 0.83,
        "preferred_f1": 0.73,
        "seniority_accuracy": 0.89,
        "min_years_exact": 0.96,
        "remote_accuracy": 0.89,
        "locations_exact": 0.75,
        "title_accuracy": 0.44,
    },
    # The 20 t87 postings, a ninth long-tail draw (seeds 20871-20873; 1 of 21 dropped unread for
    # overlap); fresh: required 0.924, preferred 0.827, seniority 0.950, min_years 1.000, remote 0.750,
    # locations 0.900, title 0.750.
    "t87 collection": {
        "required_f1": 0.92,
        "preferred_f1": 0.82,
        "seniority_accuracy": 0.95,
        "min_years_exact": 1.0,
        "remote_accuracy": 0.75,
        "locations_exact": 0.9,
        "title_accuracy": 0.75,
    },
    # The 40 t88 postings, Hacker News comments drawn at random (seed 2088; 11 of 51 dropped unread for
    # overlap); fresh: required 0.826, preferred 0.632, seniority 0.825, min_years 1.000, remote 0.925,
    # locations 0.900, title 0.525.
    "t88 collection": {
        "required_f1": 0.82,
        "preferred_f1": 0.63,
        "seniority_accuracy": 0.82,
        "min_years_exact": 1.0,
        "remote_accuracy": 0.92,
        "locations_exact": 0.9,
        "title_accuracy": 0.52,
    },
    # The 40 t89 postings, the same way (seed 2089; 15 of 58 dropped unread for overlap, 3 skipped as under
    # 300 characters); fresh, after the t88 fixes: required 0.822, preferred 0.488, seniority 0.950,
    # min_years 0.950, remote 0.975, locations 0.900, title 0.525.
    "t89 collection": {
        "required_f1": 0.82,
        "preferred_f1": 0.48,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.97,
        "locations_exact": 0.9,
        "title_accuracy": 0.52,
    },
    # The 40 t90 postings, the same way (seed 2090; 18 of 61 dropped unread for overlap, 3 skipped as under
    # 300 characters); fresh, after the t89 fixes: required 0.779, preferred 1.000 (5 labelled preferred
    # skills: its floor leaves room for one miss), seniority 0.925, min_years 0.875, remote 0.900,
    # locations 0.650, title 0.450.
    "t90 collection": {
        "required_f1": 0.77,
        "preferred_f1": 0.8,
        "seniority_accuracy": 0.92,
        "min_years_exact": 0.87,
        "remote_accuracy": 0.9,
        "locations_exact": 0.65,
        "title_accuracy": 0.45,
    },
    # The 36 t91 postings, the same way (seed 2091; 20 of 63 dropped unread for overlap with the corpus, 3
    # skipped as under 300 characters, 4 dropped after scoring as near-copies of earlier draws of the same
    # batch); fresh, after the t90 fixes: required 0.793, preferred 0.286 (2 labelled preferred skills),
    # seniority 0.750, min_years 0.944, remote 0.944, locations 0.806, title 0.417.
    "t91 collection": {
        "required_f1": 0.79,
        "preferred_f1": 0.28,
        "seniority_accuracy": 0.75,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.94,
        "locations_exact": 0.8,
        "title_accuracy": 0.41,
    },
    # The 40 t92 postings, the same way (seed 2092; 21 of 65 dropped unread for overlap with the corpus or
    # an earlier draw of the batch, 4 skipped as under 300 characters); fresh, after all of this stop's
    # fixes: required 0.845, preferred 0.625 (8 labelled preferred skills), seniority 0.900, min_years
    # 0.950, remote 1.000, locations 0.875, title 0.625 (the same as the parser before the stop).
    "t92 collection": {
        "required_f1": 0.84,
        "preferred_f1": 0.62,
        "seniority_accuracy": 0.9,
        "min_years_exact": 0.95,
        "remote_accuracy": 1.0,
        "locations_exact": 0.87,
        "title_accuracy": 0.62,
    },
    # The 40 t93 postings: job-board dumps like the first collection's (seed 2093: RemoteWLB 28, freelancermap
    # via project-bot 6, Arbeitnow via the observatory 6; 94 draws dropped unread for overlap with the corpus
    # or an earlier draw); fresh: required 0.782, preferred 0.732, seniority 0.975, min_years 0.825, remote
    # 0.900, locations 0.800, title 0.850; then read and fixed by kind (floors at the scores after the fixes
    # and after the mends an attack on them asked for).
    "t93 collection": {
        "required_f1": 0.87,
        "preferred_f1": 0.84,
        "seniority_accuracy": 0.97,
        "min_years_exact": 0.92,
        "remote_accuracy": 0.9,
        "locations_exact": 0.85,
        # 0.90 since stop 54: one label (t93de-38) keeps "in Teilzeit" in its title; four others drop it
        "title_accuracy": 0.90,
    },
    # The 40 t94 postings, drawn with t93 from the same sources and labelled blind by two other helpers;
    # scored once after the t93 fixes, not read for fixes: required 0.791 (0.753 before them), preferred
    # 0.707 (0.700), seniority 0.950, min_years 0.900, remote 0.950, locations 0.750 (0.725), title 0.775;
    # then read and fixed by kind too (floors at the scores now).
    "t94 collection": {
        "required_f1": 0.79,
        "preferred_f1": 0.71,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.9,
        "remote_accuracy": 0.97,
        "locations_exact": 0.77,
        "title_accuracy": 0.77,
    },
    # The 40 t95 postings, from the same dumps as t93/t94 (seed 2095, drawn with t96 in turn); fresh,
    # after all the t93/t94 fixes: required 0.892, preferred 0.839, seniority 0.925, min_years 0.950, remote
    # 0.900, locations 0.725, title 0.775 (the parser before the stop, 68b228d: 0.855, 0.800, 0.925, 0.950,
    # 0.900, 0.700, 0.775); then read and fixed by kind (floors at the scores now).
    "t95 collection": {
        "required_f1": 0.89,
        "preferred_f1": 0.83,
        "seniority_accuracy": 0.92,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.92,
        "locations_exact": 0.75,
        "title_accuracy": 0.77,
    },
    # The 40 t96 postings, drawn with t95 and not read for fixes: scored once after every fix of the stop
    # (required 0.842, preferred 0.818, seniority 0.950, min_years 0.925, remote 0.975, locations 0.850,
    # title 0.850), beside 68b228d in the same run (0.815, 0.810, 0.925, 0.900, 0.925, 0.825, 0.850).
    "t96 collection": {
        "required_f1": 0.84,
        "preferred_f1": 0.81,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.92,
        "remote_accuracy": 0.97,
        "locations_exact": 0.85,
        "title_accuracy": 0.85,
    },
    # The 40 t97 postings, from the same dumps (seed 2097, drawn with t98 in turn); fresh, before any fix
    # of the stop: required 0.877, preferred 0.844, seniority 0.975, min_years 0.925, remote 0.925,
    # locations 0.775, title 0.775; then read and fixed by kind (floors at the scores now).
    "t97 collection": {
        "required_f1": 0.87,
        "preferred_f1": 0.84,
        "seniority_accuracy": 1.0,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.92,
        "locations_exact": 0.77,
        "title_accuracy": 0.77,
    },
    # The 40 t98 postings, drawn with t97: scored once after the t97 fixes beside 90060f2 (the parser
    # before the stop), unchanged on every field (required 0.847, preferred 0.899, seniority 0.950,
    # min_years 0.875, remote 0.900, locations 0.975, title 0.900); then read (min_years 0.900 now).
    "t98 collection": {
        "required_f1": 0.84,
        "preferred_f1": 0.89,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.90,
        "remote_accuracy": 0.90,
        "locations_exact": 0.97,
        "title_accuracy": 0.90,
    },
    # The 40 t99 postings (seed 2099, drawn with t100 in turn), scored after the t97/t98 fixes: required
    # 0.856, preferred 0.717, seniority 0.925, min_years 1.000, remote 0.950, locations 0.775, title 0.800;
    # then read and fixed by kind (floors at the scores now).
    "t99 collection": {
        "required_f1": 0.88,
        "preferred_f1": 0.86,
        "seniority_accuracy": 0.97,
        "min_years_exact": 1.0,
        "remote_accuracy": 0.95,
        "locations_exact": 0.82,
        "title_accuracy": 0.80,
    },
    # The 40 t100 postings, drawn with t99: scored once after the t99 fixes beside 90060f2, unchanged on
    # every field (required 0.858, preferred 0.912, seniority 0.900, min_years 1.000, remote 0.875,
    # locations 0.825, title 0.875); then read for the stop's last fixes (floors at the scores now).
    "t100 collection": {
        "required_f1": 0.87,
        "preferred_f1": 0.96,
        "seniority_accuracy": 0.90,
        "min_years_exact": 1.0,
        "remote_accuracy": 0.90,
        "locations_exact": 0.82,
        "title_accuracy": 0.87,
    },
    # The 40 t101 postings (seed 2101, drawn with t102 in turn), scored once before this stop's fixes
    # (required 0.884, preferred 0.948, seniority 0.975, min_years 0.925, remote 0.950, locations 0.825,
    # title 0.750), then read and fixed by kind (floors at the scores now).
    "t101 collection": {
        "required_f1": 0.90,  # re-based 2026-12-05: SOC 2, ISO 27001, PCI DSS split
        "preferred_f1": 0.95,
        "seniority_accuracy": 0.97,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.95,
        "locations_exact": 0.87,
        "title_accuracy": 0.75,
    },
    # The 40 t102 postings, drawn with t101: scored once after the t101 fixes beside 910b185, the parser
    # before the stop (required 0.841 against 0.839, every other field the same: preferred 0.857,
    # seniority 0.900, min_years 0.950, remote 1.000, locations 0.800, title 0.800); then read and fixed.
    "t102 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.90,
        "seniority_accuracy": 0.90,
        "min_years_exact": 0.97,
        "remote_accuracy": 1.0,
        "locations_exact": 0.85,
        "title_accuracy": 0.80,
    },
    # The 40 t103 postings (seed 2103, drawn with t104 in turn), scored once after the t101/t102 fixes
    # (required 0.818, preferred 0.746, preferred parsed as required 0.217, seniority 0.850, min_years
    # 0.950, remote 1.000, locations 0.775, title 0.850), then read and fixed by kind (floors at the
    # scores now).
    "t103 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.89,
        "seniority_accuracy": 0.90,
        "min_years_exact": 0.95,
        "remote_accuracy": 1.0,
        "locations_exact": 0.77,
        "title_accuracy": 0.85,
    },
    # The 40 t104 postings, drawn with t103: scored once after the t103 fixes beside 910b185 (required 0.848
    # against 0.846, preferred 0.754 against 0.737, locations 0.825 against 0.850, the rest the same); then
    # read and fixed by kind.
    "t104 collection": {
        "required_f1": 0.86,
        "preferred_f1": 0.86,
        "seniority_accuracy": 0.97,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.97,
        "locations_exact": 0.85,
        "title_accuracy": 0.75,
    },
    # The 40 t105 postings (seed 2105, drawn with t106 in turn: RemoteWLB postings its language guess took
    # for Spanish or French, Hacker News comments from the sweep's source, RemoteWLB in English), scored once
    # before any fix of the stop (required 0.886, preferred 0.622, preferred parsed as required 0.136,
    # seniority 0.925, min_years 0.900, remote 0.950, locations 0.875, title 0.750), then read and fixed by
    # kind (floors at the scores now).
    "t105 collection": {
        "required_f1": 0.92,
        "preferred_f1": 0.79,
        "seniority_accuracy": 1.0,
        "min_years_exact": 0.90,
        "remote_accuracy": 0.97,
        "locations_exact": 0.87,
        "title_accuracy": 0.82,
    },
    # The 40 t106 postings, drawn with t105: scored once after the t105 fixes, the same as before them
    # (required 0.772, preferred 0.250, preferred parsed as required 0.779: two Dutch postings list 19
    # languages as a plus; seniority 0.900, min_years 0.900, remote 0.825, locations 0.775, title 0.725);
    # then read and fixed by kind.
    "t106 collection": {
        "required_f1": 0.77,
        "preferred_f1": 0.32,
        "seniority_accuracy": 0.90,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.85,
        "locations_exact": 0.80,
        "title_accuracy": 0.72,
    },
    # The 40 t107 postings (seed 2107, drawn with t108 in turn from the three job-board dumps), scored once
    # after the t105/t106 fixes, the same as before them (required 0.869, preferred 0.861, preferred parsed
    # as required 0.055, seniority 0.950, min_years 0.850, remote 0.875, locations 0.825, title 0.825), then
    # read and fixed by kind.
    "t107 collection": {
        "required_f1": 0.86,
        "preferred_f1": 0.86,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.90,
        "locations_exact": 0.85,
        "title_accuracy": 0.82,
    },
    # The 40 t108 postings, drawn with t107: scored once after the t107 fixes beside 7a8e7bc (required 0.813
    # against 0.817, preferred parsed as required 0.280 against 0.256: HL7 and FHIR now found, in the wrong
    # list with the rest of one posting's stack; every other field the same); then read and fixed by kind.
    "t108 collection": {
        "required_f1": 0.83,
        "preferred_f1": 0.85,
        "seniority_accuracy": 0.90,
        "min_years_exact": 0.92,
        "remote_accuracy": 0.97,
        "locations_exact": 0.87,
        "title_accuracy": 0.80,
    },
    # The 40 t109 postings (seed 2109, drawn with t110 in turn: Hacker News comments from the kennytilton
    # dump, RemoteWLB), scored once after the t105-t108 fixes beside 7a8e7bc (required 0.900 against 0.875,
    # preferred 0.861 against 0.747, the rest the same: preferred parsed as required 0.222, seniority 0.925,
    # min_years 0.975, remote 0.900, locations 0.800, title 0.725), then read and fixed by kind.
    "t109 collection": {
        "required_f1": 0.92,
        "preferred_f1": 0.92,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.90,
        "locations_exact": 0.80,
        "title_accuracy": 0.72,
    },
    # The 40 t110 postings, drawn with t109: scored once after the t109 fixes, the same as 7a8e7bc (required
    # 0.910, preferred 0.729, preferred parsed as required 0.089, seniority 0.950, min_years 0.950, remote
    # 0.925, locations 0.825, title 0.675); then read and fixed by kind.
    "t110 collection": {
        "required_f1": 0.92,
        "preferred_f1": 0.77,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.92,
        "locations_exact": 0.85,
        "title_accuracy": 0.67,
    },
    # The 40 t111 postings (seed 2111, drawn with t112 in turn: RemoteWLB 14, Hacker News 14, freelancermap
    # 6, Arbeitnow 6), scored once after the t109/t110 fixes, the same as 7a8e7bc (required 0.853, preferred
    # 0.625, preferred parsed as required 0.387, seniority 0.875, min_years 0.900, remote 0.925, locations
    # 0.875, title 0.700), then read and fixed by kind.
    "t111 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.62,
        "seniority_accuracy": 0.87,
        "min_years_exact": 0.92,
        "remote_accuracy": 0.92,
        "locations_exact": 0.87,
        "title_accuracy": 0.70,
    },
    # The 40 t112 postings, drawn with t111: scored once after the first t111 fix, the same as 7a8e7bc
    # (required 0.908, preferred 0.857, preferred parsed as required 0.059, seniority 0.925, min_years 0.925,
    # remote 0.950, locations 0.925, title 0.775); then read and fixed by kind.
    "t112 collection": {
        "required_f1": 0.91,
        "preferred_f1": 0.93,
        "seniority_accuracy": 0.95,
        "min_years_exact": 0.95,
        "remote_accuracy": 0.95,
        "locations_exact": 0.92,
        "title_accuracy": 0.77,
    },
    # The 40 t113 postings (seed 2113, drawn with t114 in turn: RemoteWLB 14, Hacker News 14, freelancermap
    # 6, Arbeitnow 6), scored once at e01cd8d (required 0.871, preferred 0.844, preferred parsed as required
    # 0.080, seniority 0.925, min_years 1.000, remote 0.925, locations 0.850, title 0.650), then read and
    # fixed by kind.
    "t113 collection": {
        "required_f1": 0.87,
        "preferred_f1": 0.84,
        "seniority_accuracy": 0.97,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.97,
        "locations_exact": 0.92,
        "title_accuracy": 0.69,
    },
    # The 40 t114 postings, drawn with t113: scored once after the t113 fixes, the same as e01cd8d but for
    # title 0.675 (0.650): required 0.897, preferred 0.906, preferred parsed as required 0.000, seniority
    # 0.925, min_years 0.950, remote 0.975, locations 0.850; then read and fixed by kind.
    "t114 collection": {
        "required_f1": 0.89,
        "preferred_f1": 0.88,  # re-based 2026-12-05: SOC 2, ISO 27001, PCI DSS split
        "seniority_accuracy": 0.92,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.97,
        "locations_exact": 0.84,
        "title_accuracy": 0.79,
    },
    # The 40 t115 postings (seed 2115, drawn with t116 like t113), scored once after the t113 fixes, the same
    # as e01cd8d (required 0.830, preferred 0.750, preferred parsed as required 0.200, seniority 0.950,
    # min_years 0.950, remote 0.975, locations 0.850, title 0.650), then read and fixed by kind.
    # Seniority 0.97 -> 0.94 at stop 75: t115de-23's title is now its "title:" field "Marketingmanager*in mit
    # KI-Expertise" (the "*in" ending names a person), whose German compound names no level (the labels
    # give "Projektmanager" none); its "manager" came from the board's tag line "Marketing Manager".
    "t115 collection": {
        "required_f1": 0.82,
        "preferred_f1": 0.74,
        "seniority_accuracy": 0.94,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.97,
        "locations_exact": 0.89,
        "title_accuracy": 0.69,
    },
    # The 40 t116 postings, drawn with t115: scored once after the t115 fixes, the same as e01cd8d but for
    # title 0.725 (0.675): required 0.867, preferred 0.836, preferred parsed as required 0.188, seniority
    # 0.975, min_years 0.950, remote 0.875, locations 0.875; then read and fixed by kind.
    "t116 collection": {
        "required_f1": 0.87,
        "preferred_f1": 0.89,
        "seniority_accuracy": 0.99,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.92,
        "locations_exact": 0.87,
        "title_accuracy": 0.84,
    },
    # The 40 t117 postings (seed 2117, drawn with t118 in turn: beta.gouv.fr job pages from the repository's
    # history 14, Hacker News 14, RemoteWLB 12), scored once after the t113-t116 fixes, the same as e01cd8d
    # (required 0.798, preferred 0.696, preferred parsed as required 0.143, seniority 0.875, min_years
    # 0.975, remote 0.825, locations 0.850, title 0.600), then read and fixed by kind.
    "t117 collection": {
        "required_f1": 0.81,
        "preferred_f1": 0.69,
        "seniority_accuracy": 0.89,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.87,
        "locations_exact": 0.87,
        "title_accuracy": 0.62,
    },
    # The 40 t118 postings, drawn with t117: scored once after the t117 fixes, the same as e01cd8d (required
    # 0.884, preferred 0.872, preferred parsed as required 0.048, seniority 0.800, min_years 0.900, remote
    # 0.700, locations 0.925, title 0.700); then read and fixed by kind.
    "t118 collection": {
        "required_f1": 0.88,
        "preferred_f1": 0.87,
        "seniority_accuracy": 0.79,
        "min_years_exact": 0.89,
        "remote_accuracy": 0.74,
        "locations_exact": 0.89,
        # 0.77: "(stage)" stays in a title since the level is read from it (a review found the strip lost it)
        "title_accuracy": 0.77,
    },
    # The 40 t119 postings (seed 2119, drawn with t120 in turn: kennytilton's Hacker News pages 10,
    # beta.gouv.fr 10, RemoteWLB 10, freelancermap 5, Arbeitnow 5), scored once after the t117/t118 fixes, the
    # same as e01cd8d but for title 0.625 (0.650): required 0.869, preferred 0.766, preferred parsed as
    # required 0.000, seniority 0.950, min_years 0.950, remote 0.875, locations 0.850; then read and fixed.
    "t119 collection": {
        "required_f1": 0.86,
        "preferred_f1": 0.76,
        "seniority_accuracy": 0.94,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.89,
        "locations_exact": 0.84,
        "title_accuracy": 0.69,
    },
    # The 40 t120 postings, drawn with t119: scored once after the t119 fixes (required 0.819, preferred
    # 0.894, preferred parsed as required 0.016, seniority 0.925, min_years 0.975, remote 0.800, locations
    # 0.925, title 0.625; e01cd8d: seniority 0.900, remote 0.775, the rest the same); then read and fixed.
    "t120 collection": {
        "required_f1": 0.81,
        "preferred_f1": 0.89,
        "seniority_accuracy": 0.97,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.79,
        "locations_exact": 0.92,
        "title_accuracy": 0.67,
    },
    # The 40 t121 postings (seed 2121, drawn with t122 like t119/t120, Hacker News sweep comments filling
    # what Arbeitnow and beta.gouv.fr no longer had), scored once after the t119/t120 fixes, the same as
    # e01cd8d but for title 0.650 (0.625): required 0.907, preferred 0.788, preferred parsed as required
    # 0.054, seniority 0.925, min_years 0.925, remote 0.875, locations 0.825; then read and fixed by kind.
    "t121 collection": {
        "required_f1": 0.90,
        "preferred_f1": 0.78,
        "seniority_accuracy": 0.92,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.89,
        "locations_exact": 0.82,
        "title_accuracy": 0.67,
    },
    # The 40 t122 postings, drawn with t121: scored once after the t121 fixes, the same as e01cd8d but for
    # title 0.775 (0.800): required 0.916, preferred 0.879, preferred parsed as required 0.083, seniority
    # 0.775, min_years 1.000, remote 0.950, locations 0.925; then read and fixed by kind.
    "t122 collection": {
        "required_f1": 0.91,
        "preferred_f1": 0.87,
        "seniority_accuracy": 0.84,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.94,
        "locations_exact": 0.94,
        "title_accuracy": 0.82,
    },
    # The 40 t123 postings (seed 2123, drawn with t124 in turn: kennytilton's Hacker News pages 12, RemoteWLB
    # 12, the sweep's Hacker News comments 10, freelancermap 6), scored once after the t121/t122 fixes, the
    # same as e01cd8d (required 0.856, preferred 0.638, preferred parsed as required 0.158, seniority 0.900,
    # min_years 0.950, remote 0.900, locations 0.775, title 0.875); then read and fixed by kind.
    "t123 collection": {
        "required_f1": 0.87,
        "preferred_f1": 0.63,
        "seniority_accuracy": 0.89,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.92,
        "locations_exact": 0.77,
        "title_accuracy": 0.89,
    },
    # The 40 t124 postings, drawn with t123: scored once after the first t123 fixes, the same as e01cd8d
    # (required 0.899, preferred 0.693, preferred parsed as required 0.152, seniority 0.925, min_years 0.950,
    # remote 0.950, locations 0.800, title 0.675); then read and fixed by kind.
    "t124 collection": {
        "required_f1": 0.89,
        "preferred_f1": 0.69,
        "seniority_accuracy": 0.92,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.94,
        "locations_exact": 0.79,
        "title_accuracy": 0.74,
    },
    # The 40 t125 postings (seed 2125, drawn with t126 in turn, the same kinds as t123), scored once at
    # 5d7d4bb (required 0.830, preferred 0.593, preferred parsed as required 0.273, seniority 0.875, min_years
    # 0.925, remote 0.925, locations 0.775, title 0.675); then read and fixed by kind.
    "t125 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.69,
        "seniority_accuracy": 0.87,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.94,
        "locations_exact": 0.82,
        "title_accuracy": 0.74,
    },
    # The 40 t126 postings, drawn with t125: scored once after the first t125 fixes, the same as 5d7d4bb
    # (required 0.848, preferred 0.698, preferred parsed as required 0.308, seniority 0.950, min_years 0.975,
    # remote 0.950, locations 0.825, title 0.800); then read and fixed by kind.
    "t126 collection": {
        "required_f1": 0.89,
        "preferred_f1": 0.90,
        "seniority_accuracy": 0.97,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.97,
        "locations_exact": 0.84,
        "title_accuracy": 0.84,
    },
    # The 40 t127 postings (seed 2127, drawn with t128 in turn, the same kinds), scored once after the
    # t125/t126 fixes, the same as 5d7d4bb (required 0.890, preferred 0.875, preferred parsed as required
    # 0.000, seniority 0.900, min_years 0.975, remote 0.975, locations 0.875, title 0.700); then fixed.
    "t127 collection": {
        "required_f1": 0.88,
        "preferred_f1": 0.87,
        "seniority_accuracy": 0.94,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.97,
        "locations_exact": 0.89,
        "title_accuracy": 0.77,
    },
    # The 40 t128 postings, drawn with t127: scored once after the first t127 fixes (required 0.782, preferred
    # 0.758, preferred parsed as required 0.077, seniority 0.900, min_years 0.900, remote 0.925, locations
    # 0.925, title 0.600; 5d7d4bb the same but locations 0.900); then read and fixed by kind.
    "t128 collection": {
        "required_f1": 0.78,
        "preferred_f1": 0.76,
        "seniority_accuracy": 0.89,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.94,
        "locations_exact": 0.92,
        "title_accuracy": 0.69,
    },
    # The 40 t129 postings (seed 2129, drawn with t130 in turn, the same kinds), scored once at 20abcfc,
    # before any change (required 0.875, preferred 0.807, preferred parsed as required 0.179, seniority
    # 0.850, min_years 0.975, remote 0.875, locations 0.775, title 0.525); then read and fixed by kind.
    "t129 collection": {
        "required_f1": 0.88,
        "preferred_f1": 0.81,
        "seniority_accuracy": 0.84,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.94,
        "locations_exact": 0.82,
        "title_accuracy": 0.59,
    },
    # The 40 t130 postings, drawn with t129: scored once after the first t129 fixes, the same as 20abcfc
    # (required 0.896, preferred 0.767, preferred parsed as required 0.108, seniority 0.775, min_years 0.950,
    # remote 0.850, locations 0.825, title 0.625); then read and fixed by kind.
    "t130 collection": {
        "required_f1": 0.89,
        "preferred_f1": 0.76,
        "seniority_accuracy": 0.79,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.84,
        "locations_exact": 0.82,
        "title_accuracy": 0.64,
    },
    # The 40 t131 postings (seed 2131, drawn with t132 in turn, the same kinds), scored once after the
    # t129/t130 fixes (c148006), the same as 20abcfc (required 0.860, preferred 0.591, preferred parsed as
    # required 0.333, seniority 0.950, min_years 0.950, remote 0.950, locations 0.750, title 0.750); then
    # read and fixed by kind.
    "t131 collection": {
        "required_f1": 0.86,
        "preferred_f1": 0.64,
        "seniority_accuracy": 0.94,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.94,
        "locations_exact": 0.74,
        "title_accuracy": 0.77,
    },
    # The 40 t132 postings, drawn with t131: scored once after the first t131 fixes (required 0.850, preferred
    # 0.765, preferred parsed as required 0.023, seniority 0.925, min_years 0.975, remote 0.900, locations
    # 0.800, title 0.575; 20abcfc the same but title 0.550); then read and fixed by kind.
    "t132 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.76,
        "seniority_accuracy": 0.92,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.89,
        "locations_exact": 0.82,
        "title_accuracy": 0.59,
    },
    # The 40 t133 postings (seed 2133, drawn with t134 in turn, the same kinds), scored once after the
    # t131/t132 fixes (69e365d), the same as 20abcfc (required 0.868, preferred 0.674, preferred parsed as
    # required 0.080, seniority 0.875, min_years 1.000, remote 0.975, locations 0.750, title 0.700); then
    # read and fixed by kind.
    "t133 collection": {
        "required_f1": 0.87,
        "preferred_f1": 0.67,
        "seniority_accuracy": 0.87,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.97,
        "locations_exact": 0.79,
        "title_accuracy": 0.72,
    },
    # The 40 t134 postings, drawn with t133: scored once after the first t133 fixes, the same as 20abcfc
    # (required 0.886, preferred 0.815, preferred parsed as required 0.038, seniority 0.950, min_years 0.950,
    # remote 0.900, locations 0.850, title 0.575); then read and fixed by kind.
    "t134 collection": {
        "required_f1": 0.89,
        "preferred_f1": 0.90,
        "seniority_accuracy": 0.94,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.89,
        "locations_exact": 0.84,
        "title_accuracy": 0.62,
    },
    # The 40 t135 postings (seed 2135, drawn with t136, the same kinds), scored once at e6ae558 (required
    # 0.892, preferred 0.857, preferred parsed as required 0.043, seniority 0.925, min_years 1.000, remote
    # 0.975, locations 0.950, title 0.750); then read and fixed by kind.
    # Title 0.79 since 2026-12-05: one label keeps a plural the parser now makes singular.
    "t135 collection": {
        "required_f1": 0.90,
        "preferred_f1": 0.85,
        "seniority_accuracy": 0.94,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.94,
        "locations_exact": 0.97,
        "title_accuracy": 0.79,
    },
    # The 40 t136 postings, drawn with t135: scored once after the first t135 fixes, the same as e6ae558
    # (required 0.764, preferred 0.638, preferred parsed as required 0.103, seniority 0.900, min_years 0.975,
    # remote 0.925, locations 0.750, title 0.700); then read and fixed by kind.
    "t136 collection": {
        "required_f1": 0.79,
        "preferred_f1": 0.63,
        "seniority_accuracy": 0.89,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.97,
        "locations_exact": 0.82,
        "title_accuracy": 0.72,
    },
    # The 40 t137 postings (seed 2137, drawn with t138), scored once at 22e3f49 (the t135/t136 fixes), the
    # same as e6ae558 (required 0.878, preferred 0.692, preferred parsed as required 0.324, seniority 0.975,
    # min_years 0.925, remote 0.900, locations 0.800, title 0.825); then read and fixed by kind.
    "t137 collection": {
        "required_f1": 0.91,
        "preferred_f1": 0.91,
        "seniority_accuracy": 0.97,
        "min_years_exact": 0.92,
        "remote_accuracy": 0.89,
        "locations_exact": 0.82,
        "title_accuracy": 0.84,
    },
    # The 40 t138 postings, drawn with t137: scored once after the first t137 fixes (required 0.827,
    # preferred 0.847, preferred parsed as required 0.065, seniority 0.925, min_years 0.925, remote 0.925,
    # locations 0.750, title 0.650; e6ae558: required 0.822, preferred 0.807, preferred parsed as required
    # 0.129); then read, but every rule that had moved it was reverted after the reviews: e6ae558's scores.
    # Title 0.62 since 2026-12-05: one label keeps a plural the parser now makes singular.
    "t138 collection": {
        "required_f1": 0.82,
        # 0.80 before talent.jd.learned: it reads BPMN in "(z. B. BPMN) … gern gesehen" and in the
        # "Skills:" line; the parser files it as a plus, the labels as required (t138de-40)
        "preferred_f1": 0.79,
        "seniority_accuracy": 0.92,
        "min_years_exact": 0.92,
        "remote_accuracy": 0.92,
        "locations_exact": 0.74,
        "title_accuracy": 0.62,
    },
    # The 40 t139 postings (seed 2139, drawn with t140), scored once at b730b8da (required 0.934, preferred
    # 0.821, preferred parsed as required 0.000, seniority 0.875, min_years 0.925, remote 0.975, locations
    # 0.825, title 0.775); then read and fixed by kind, and most of the fixes reverted after two reviews.
    "t139 collection": {
        "required_f1": 0.93,
        "preferred_f1": 0.81,
        "seniority_accuracy": 0.87,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.97,
        "locations_exact": 0.82,
        "title_accuracy": 0.82,
    },
    # The 40 t140 postings, drawn with t139: scored once after the first t139 fixes, the same as b730b8da
    # but for title 0.775 (b730b8da 0.825: two labels keep a header's plural) (required 0.818, preferred
    # 0.722, preferred parsed as required 0.262, seniority 1.000, min_years 0.975, remote 0.975, locations
    # 0.875); then read and fixed by kind, and most of the fixes reverted after two reviews.
    "t140 collection": {
        "required_f1": 0.82,
        "preferred_f1": 0.72,
        "seniority_accuracy": 0.99,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.97,
        "locations_exact": 0.87,
        "title_accuracy": 0.77,
    },
    # The 40 t141 postings (seed 2141), scored once at 20103094 before they were read (required 0.897,
    # preferred 0.780, preferred parsed as required 0.320, seniority 0.925, min_years 1.000, remote 0.850,
    # locations 0.850, title 0.475: five labels keep a header's plural), then fixed by kind; the reviews
    # reverted every rule behind its gains, so it scores as at first.
    "t141 collection": {
        "required_f1": 0.89,
        "preferred_f1": 0.77,
        "seniority_accuracy": 0.92,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.84,
        "locations_exact": 0.85,
        "title_accuracy": 0.47,
    },
    # The 40 t142 postings, drawn with t141: scored once after the t141 fixes, the same as 20103094
    # (required 0.858, preferred 0.750, preferred parsed as required 0.217, seniority 0.925, min_years
    # 0.975, remote 0.950, locations 0.800, title 0.775), then fixed by kind (a review reverted the rule
    # behind most of its preferred gain).
    "t142 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.74,
        "seniority_accuracy": 0.92,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.95,
        "locations_exact": 0.85,
        "title_accuracy": 0.77,
    },
    # The 40 t143 postings (seed 2143), scored once before they were read, after the t141/t142 fixes: the
    # same as 20103094 (required 0.832, preferred 0.861, preferred parsed as required 0.051, seniority
    # 0.875, min_years 0.950, remote 0.875, locations 0.800, title 0.850), then fixed by kind; the reviews
    # reverted the rules behind its gains ("Onsite (Temporarily Remote)", "REMOTE US or ONSITE").
    "t143 collection": {
        "required_f1": 0.83,
        "preferred_f1": 0.86,
        "seniority_accuracy": 0.87,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.87,
        "locations_exact": 0.80,
        "title_accuracy": 0.85,
    },
    # The 39 t144 postings (t144en-30 is no posting), drawn with t143: scored once after the t143 fixes,
    # the same as 20103094 (required 0.839, preferred 0.561, preferred parsed as required 0.150,
    # seniority 0.974, min_years 0.974, remote 0.897, locations 0.795, title 0.667), then fixed by kind; a
    # review reverted the one rule behind its gain ("hubs in NYC, SF").
    "t144 collection": {
        "required_f1": 0.83,
        "preferred_f1": 0.56,
        "seniority_accuracy": 0.97,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.89,
        "locations_exact": 0.79,
        "title_accuracy": 0.66,
    },
    # The 40 t145 postings (seed 2145), scored once before they were read, at c39572c3 (required 0.848,
    # preferred 0.851, preferred parsed as required 0.042, seniority 0.900, min_years 0.925, remote 0.950,
    # locations 0.875, title 0.725), then fixed by kind; two reviews reverted every rule but the title's
    # (title 0.750).
    "t145 collection": {
        "required_f1": 0.83,
        "preferred_f1": 0.84,
        "seniority_accuracy": 0.89,
        "min_years_exact": 0.91,
        "remote_accuracy": 0.94,
        "locations_exact": 0.86,
        "title_accuracy": 0.74,
    },
    # The 40 t146 postings, drawn with t145: scored once after the t145 fixes, the same as c39572c3
    # (required 0.790, preferred 0.681, preferred parsed as required 0.087, seniority 0.925, min_years
    # 0.975, remote 0.825, locations 0.925, title 0.575), then fixed by kind; two reviews reverted every
    # rule but the title's (title 0.650).
    "t146 collection": {
        "required_f1": 0.78,
        "preferred_f1": 0.67,
        "seniority_accuracy": 0.91,
        "min_years_exact": 0.96,
        "remote_accuracy": 0.81,
        "locations_exact": 0.91,
        "title_accuracy": 0.64,
    },
    # The 40 t147 postings (seed 2147), scored once before they were read, at 2d50fe85 (required 0.787,
    # preferred 0.830, preferred parsed as required 0.065, seniority 0.950, min_years 0.925, remote
    # 0.925, locations 0.825, title 0.750), then fixed by kind (required 0.799, preferred 0.873, 0.000
    # parsed as required, remote 0.950, locations 0.850).
    "t147 collection": {
        "required_f1": 0.79,
        "preferred_f1": 0.87,
        "seniority_accuracy": 0.94,
        "min_years_exact": 0.92,
        "remote_accuracy": 0.94,
        "locations_exact": 0.84,
        "title_accuracy": 0.74,
    },
    # The 40 t148 postings, drawn with t147: scored once after the t147 fixes, the same as 2d50fe85
    # (required 0.856, preferred 0.880, preferred parsed as required 0.049, seniority 0.950, min_years
    # 1.000, remote 0.975, locations 0.850, title 0.700), then fixed by kind (remote 1.000, locations 0.875).
    "t148 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.87,
        "seniority_accuracy": 0.94,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.99,
        "locations_exact": 0.87,
        "title_accuracy": 0.69,
    },
    # The 40 t149 postings (seed 2149), scored once before they were read, at a201e03a (required 0.904,
    # preferred 0.739, preferred parsed as required 0.074, seniority 0.775, min_years 0.925, remote
    # 0.875, locations 0.800, title 0.550), then fixed by kind (required 0.935, preferred 0.773,
    # min_years 0.975, locations 0.900; a review took back "We favor python" as a plus).
    "t149 collection": {
        "required_f1": 0.93,
        "preferred_f1": 0.76,
        "seniority_accuracy": 0.77,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.87,
        "locations_exact": 0.89,
        "title_accuracy": 0.54,
    },
    # The 40 t150 postings, drawn with t149: scored once after the t149 fixes, the same as a201e03a
    # (required 0.890, preferred 0.655, preferred parsed as required 0.233, seniority 0.900, min_years
    # 1.000, remote 0.950, locations 0.875, title 0.475), then fixed by kind (required 0.914, preferred
    # 0.794, 0.000 parsed as required, locations 0.900).
    "t150 collection": {
        "required_f1": 0.91,
        "preferred_f1": 0.79,
        "seniority_accuracy": 0.89,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.94,
        "locations_exact": 0.89,
        "title_accuracy": 0.47,
    },
    # The 40 t151 postings (seed 2151), scored once before they were read, at 7ec731b0 (required 0.891,
    # preferred 0.730, preferred parsed as required 0.261, seniority 0.900, min_years 0.975, remote
    # 0.950, locations 0.850, title 0.600), then fixed by kind (required 0.907, preferred 0.854,
    # locations 0.900).
    "t151 collection": {
        "required_f1": 0.9,
        "preferred_f1": 0.84,
        "seniority_accuracy": 0.89,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.94,
        "locations_exact": 0.89,
        "title_accuracy": 0.59,
    },
    # The 40 t152 postings, drawn with t151: scored once after the t151 fixes, the same as 7ec731b0
    # (required 0.815, preferred 0.500, preferred parsed as required 0.278, seniority 0.875, min_years
    # 0.975, remote 0.850, locations 0.800, title 0.575), then fixed by kind (required 0.877, preferred
    # 0.813, 0.000 parsed as required, remote 0.925, locations 0.825).
    "t152 collection": {
        "required_f1": 0.87,
        "preferred_f1": 0.8,
        "seniority_accuracy": 0.87,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.92,
        "locations_exact": 0.82,
        "title_accuracy": 0.57,
    },
    # The 40 t153 and 40 t154 postings (seed 2153), scored once at 5b2e0852 at the end of stop 66, as an
    # unseen estimate of that commit, and not yet read: t153 required 0.904, preferred 0.945 (0.034 as
    # required), seniority 0.925, min_years 0.950, remote 0.925, locations 0.750, title 0.425; t154 required
    # 0.850, preferred 0.450 (0.393 as required), seniority 0.925, min_years 0.925, remote 0.950, locations
    # 0.775, title 0.600.
    "t153 collection": {
        "required_f1": 0.9,
        "preferred_f1": 0.94,
        "seniority_accuracy": 0.92,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.92,
        "locations_exact": 0.74,
        "title_accuracy": 0.42,
    },
    "t154 collection": {
        "required_f1": 0.84,
        "preferred_f1": 0.44,
        "seniority_accuracy": 0.92,
        "min_years_exact": 0.92,
        "remote_accuracy": 0.94,
        "locations_exact": 0.77,
        "title_accuracy": 0.59,
    },
    # The 40 t155 and 40 t156 postings (seed 2155), scored once at 3d6bc639 before any rule was made for
    # them: t155 required 0.883, preferred 0.759 (0.091 as required), seniority 0.925, min_years 0.975,
    # remote 0.925, locations 0.850, title 0.600; t156 required 0.821, preferred 0.778 (0.250 as required),
    # seniority 0.925, min_years 0.950, remote 0.925, locations 0.825, title 0.550. Then fixed by kind
    # (t155 required 0.898, preferred 0.819, locations 0.875; t156 required 0.829, preferred 0.881).
    "t155 collection": {
        "required_f1": 0.89,
        "preferred_f1": 0.81,
        "seniority_accuracy": 0.92,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.92,
        "locations_exact": 0.87,
        "title_accuracy": 0.59,
    },
    "t156 collection": {
        "required_f1": 0.82,
        "preferred_f1": 0.88,
        "seniority_accuracy": 0.92,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.92,
        "locations_exact": 0.82,
        "title_accuracy": 0.54,
    },
    # The 39 t157 and 40 t158 postings (seed 2157; a Polish posting left out), scored once at 5f80185c
    # (after the t155/t156 fixes) before any rule was made for them: t157 required 0.891, preferred 0.824
    # (0.150 as required), seniority 0.949, min_years 0.949, remote 0.949, locations 0.821, title 0.564;
    # t158 required 0.889, preferred 0.895 (0.048), seniority 0.950, min_years 1.000, remote 0.950,
    # locations 0.725, title 0.700. Then fixed by kind (t157 required 0.904; t158 locations 0.775).
    "t157 collection": {
        "required_f1": 0.9,
        "preferred_f1": 0.82,
        "seniority_accuracy": 0.94,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.94,
        "locations_exact": 0.82,
        "title_accuracy": 0.56,
    },
    "t158 collection": {
        "required_f1": 0.88,
        "preferred_f1": 0.89,
        "seniority_accuracy": 0.94,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.94,
        "locations_exact": 0.77,
        "title_accuracy": 0.69,
    },
    # The 39 t159 and 40 t160 postings (seed 2159; a Polish posting left out), scored once at 270578f3
    # before any rule was made for them: t159 required 0.912, preferred 0.842 (0.095 as required),
    # seniority 0.923, min_years 0.923, remote 0.974, locations 0.872, title 0.487; t160 required 0.863,
    # preferred 0.800 (0.011), seniority 0.950, min_years 0.900, remote 0.900, locations 0.875, title 0.475.
    # Then fixed by kind (t160 required 0.889, preferred 0.840, min_years 0.925, locations 0.900).
    "t159 collection": {
        "required_f1": 0.91,
        "preferred_f1": 0.84,
        "seniority_accuracy": 0.92,
        "min_years_exact": 0.92,
        "remote_accuracy": 0.97,
        "locations_exact": 0.87,
        "title_accuracy": 0.48,
    },
    "t160 collection": {
        "required_f1": 0.88,
        "preferred_f1": 0.83,
        "seniority_accuracy": 0.94,
        "min_years_exact": 0.92,
        "remote_accuracy": 0.89,
        "locations_exact": 0.89,
        "title_accuracy": 0.47,
    },
    # The 39 t161 and 40 t162 postings (seed 2161; a Lithuanian posting left out), scored once at cf7be82b
    # before any rule was made for them: t161 required 0.846, preferred 0.594 (0.349 as required),
    # seniority 0.949, min_years 0.974, remote 0.846, locations 0.872, title 0.513; t162 required 0.834,
    # preferred 0.677 (0.175), seniority 0.725, min_years 0.925, remote 0.950, locations 0.825, title 0.575.
    # Then fixed by kind and by a review (t161 required 0.862, preferred 0.704, remote 0.872, locations
    # 0.897; t162 seniority 0.775, title 0.600).
    "t161 collection": {
        "required_f1": 0.86,
        "preferred_f1": 0.7,
        "seniority_accuracy": 0.94,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.87,
        "locations_exact": 0.89,
        "title_accuracy": 0.51,
    },
    "t162 collection": {
        "required_f1": 0.83,
        "preferred_f1": 0.67,
        "seniority_accuracy": 0.77,
        "min_years_exact": 0.92,
        "remote_accuracy": 0.94,
        "locations_exact": 0.82,
        "title_accuracy": 0.59,
    },
    # The 40 t163 and 40 t164 postings (seed 2163), scored once at 2bc5dff3 (this stop's last rule) and at
    # 3d6bc639 (its start) as an unseen estimate of both, and not read for rules: no posting's parse
    # differs between the two. t163 required 0.872, preferred 0.778 (0.100 as required), seniority 0.825,
    # min_years 0.950, remote 1.000, locations 0.800, title 0.550; t164 required 0.934, preferred 0.810
    # (0.174), seniority 0.900, min_years 0.950, remote 0.975, locations 0.775, title 0.700.
    "t163 collection": {
        "required_f1": 0.87,
        "preferred_f1": 0.77,
        "seniority_accuracy": 0.82,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.99,
        "locations_exact": 0.79,
        "title_accuracy": 0.54,
    },
    "t164 collection": {
        "required_f1": 0.93,
        "preferred_f1": 0.8,
        "seniority_accuracy": 0.89,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.97,
        "locations_exact": 0.77,
        "title_accuracy": 0.69,
    },
    # The 39 t165, 40 t166, 37 t167 and 35 t168 postings (seeds 2165 and 2167; a Polish posting and eight
    # copies of t165/t166 postings the second draw took again left out), scored once at 75162998 (this
    # stop's end) and at 3d6bc639 (its start) as an unseen estimate of both, and not read for rules: 3 of
    # the 151 parses differ, all better at 75162998. The floors are those scores.
    "t165 collection": {
        "required_f1": 0.8,
        "preferred_f1": 0.76,
        "seniority_accuracy": 0.89,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.97,
        "locations_exact": 0.79,
        "title_accuracy": 0.56,
    },
    "t166 collection": {
        "required_f1": 0.87,
        "preferred_f1": 0.72,
        "seniority_accuracy": 0.94,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.84,
        "locations_exact": 0.79,
        "title_accuracy": 0.64,
    },
    "t167 collection": {
        "required_f1": 0.86,
        "preferred_f1": 0.45,
        "seniority_accuracy": 0.97,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.91,
        "locations_exact": 0.83,
        "title_accuracy": 0.48,
    },
    "t168 collection": {
        # 0.84 before talent.jd.learned: it takes "Business Opex, CAPEX" for two tools (t168en-19)
        "required_f1": 0.83,
        "preferred_f1": 0.83,
        "seniority_accuracy": 0.94,
        "min_years_exact": 0.91,
        "remote_accuracy": 0.88,
        "locations_exact": 0.91,
        "title_accuracy": 0.62,
    },
    # The 40 t169, 40 t170, 32 t171 and 32 t172 postings (seeds 2169 and 2171; a Lithuanian posting and
    # fifteen copies of t169/t170 postings the second draw took again left out), scored at dcd7522b and at
    # 85018703 (talent.jd.learned, before it was trained on them) as an unseen estimate of the model. The
    # floors are the scores after it was retrained with them in the tuning set.
    "t169 collection": {
        "required_f1": 0.81,
        "preferred_f1": 0.64,
        "seniority_accuracy": 0.92,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.97,
        "locations_exact": 0.79,
        "title_accuracy": 0.57,
    },
    "t170 collection": {
        "required_f1": 0.86,
        "preferred_f1": 0.76,
        "seniority_accuracy": 0.84,
        "min_years_exact": 0.89,
        "remote_accuracy": 0.94,
        "locations_exact": 0.82,
        "title_accuracy": 0.47,
    },
    "t171 collection": {
        "required_f1": 0.83,
        "preferred_f1": 0.82,
        "seniority_accuracy": 0.84,
        "min_years_exact": 0.93,
        "remote_accuracy": 0.87,
        "locations_exact": 0.68,
        "title_accuracy": 0.56,
    },
    "t172 collection": {
        "required_f1": 0.94,
        "preferred_f1": 0.94,
        "seniority_accuracy": 0.62,
        "min_years_exact": 0.93,
        "remote_accuracy": 0.93,
        "locations_exact": 0.84,
        "title_accuracy": 0.49,
    },
    # The 39 t173, 39 t174, 28 t175 and 27 t176 postings (seeds 2173 and 2175): t173-t174 scored at 6f5bab8c
    # and never read for rules, t175-t176 read for rules in stop 69. The floors are the scores after the
    # model was retrained with them.
    "t173 collection": {
        "required_f1": 0.88,
        "preferred_f1": 0.81,
        "seniority_accuracy": 0.89,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.84,
        "locations_exact": 0.92,
        "title_accuracy": 0.56,
    },
    "t174 collection": {
        "required_f1": 0.91,
        "preferred_f1": 0.89,
        "seniority_accuracy": 0.82,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.94,
        "locations_exact": 0.74,
        "title_accuracy": 0.64,
    },
    "t175 collection": {
        "required_f1": 0.88,
        "preferred_f1": 0.91,
        "seniority_accuracy": 0.82,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.99,
        "locations_exact": 0.89,
        "title_accuracy": 0.46,
    },
    "t176 collection": {
        "required_f1": 0.94,
        "preferred_f1": 0.99,
        "seniority_accuracy": 0.92,
        "min_years_exact": 0.92,
        "remote_accuracy": 0.96,
        "locations_exact": 0.81,
        "title_accuracy": 0.44,
    },
    # The 34 t178 postings (seed 2177; the same four sources) and the 36 t179 and 33 t180 career pages and
    # job boards kept in repositories, read for rules in stop 70; the 34 t177 (drawn with t178), 23 t181
    # and 28 t182 (career pages) scored at 6db67e6b and at the stop's end, never read. The floors are the
    # scores after the model was retrained with all six.
    "t177 collection": {
        "required_f1": 0.86,
        "preferred_f1": 0.59,
        "seniority_accuracy": 0.94,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.94,
        "locations_exact": 0.88,
        "title_accuracy": 0.64,
    },
    "t178 collection": {
        "required_f1": 0.93,
        # 0.86 until the names model's retrain with the AWS services (one learned "OSCP" among the pluses)
        "preferred_f1": 0.84,
        "seniority_accuracy": 0.94,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.97,
        "locations_exact": 0.88,
        "title_accuracy": 0.52,
    },
    "t179 collection": {
        "required_f1": 0.93,
        "preferred_f1": 0.88,  # 0.89 until stop 72's last retrain (one skill)
        "seniority_accuracy": 0.99,
        "min_years_exact": 0.97,
        "remote_accuracy": 0.83,
        "locations_exact": 0.77,
        "title_accuracy": 0.72,
    },
    "t180 collection": {
        "required_f1": 0.93,
        "preferred_f1": 0.90,
        "seniority_accuracy": 0.87,
        "min_years_exact": 0.96,
        "remote_accuracy": 0.84,
        "locations_exact": 0.84,
        "title_accuracy": 0.45,
    },
    "t181 collection": {
        "required_f1": 0.82,
        "preferred_f1": 0.57,
        "seniority_accuracy": 0.82,
        "min_years_exact": 0.86,
        "remote_accuracy": 0.78,
        "locations_exact": 0.69,
        "title_accuracy": 0.43,
    },
    "t182 collection": {
        "required_f1": 0.80,
        "preferred_f1": 0.47,
        "seniority_accuracy": 0.85,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.96,
        "locations_exact": 0.71,
        "title_accuracy": 0.28,
    },
    # A fourth collection of career pages (stop 71), split by sha256(id) % 2: the 35 t183 read for rules,
    # the 22 t184 scored at e4024a58 and at the stop's end, never read. Floors after the retrain.
    # t183's seniority 0.91 -> 0.88 in stop 73: a front matter's date line is no title any more, and the
    # level it brought by luck ("We're Hiring senior") went with it
    "t183 collection": {
        "required_f1": 0.79,
        "preferred_f1": 0.71,
        "seniority_accuracy": 0.88,
        "min_years_exact": 0.91,
        "remote_accuracy": 0.82,
        "locations_exact": 0.54,
        "title_accuracy": 0.48,
    },
    "t184 collection": {
        "required_f1": 0.81,
        "preferred_f1": 0.84,
        "seniority_accuracy": 0.90,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.86,
        "locations_exact": 0.68,
        "title_accuracy": 0.59,
    },
    # A fifth collection (stop 72): postings saved in other repositories, career pages and boards, split by
    # sha256(id) % 2: the 29 t185 read for rules, the 33 t186 scored at d9728476 and at the stop's end,
    # never read. Floors after the retrain.
    "t185 collection": {
        "required_f1": 0.90,
        "preferred_f1": 0.88,
        "seniority_accuracy": 0.86,
        "min_years_exact": 0.93,
        "remote_accuracy": 0.75,
        "locations_exact": 0.68,
        "title_accuracy": 0.58,
    },
    "t186 collection": {
        "required_f1": 0.86,
        "preferred_f1": 0.66,
        "seniority_accuracy": 0.90,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.81,
        "locations_exact": 0.66,
        "title_accuracy": 0.54,
    },
    # A sixth collection (stop 73), gathered as the fifth: the 34 t187 read for rules, the 34 t188 scored at
    # 8250a8af and at the stop's end, never read. Floors after the retrain.
    "t187 collection": {
        "required_f1": 0.94,
        "preferred_f1": 0.92,
        "seniority_accuracy": 0.88,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.99,
        "locations_exact": 0.58,
        "title_accuracy": 0.49,
    },
    "t188 collection": {
        "required_f1": 0.86,
        "preferred_f1": 0.77,
        "seniority_accuracy": 0.79,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.82,
        "locations_exact": 0.67,
        "title_accuracy": 0.38,
    },
    # A seventh collection (stop 74), gathered as the sixth: the 35 t189 read for rules, the 27 t190 scored
    # at 0f608001 and at the stop's end, never read. Floors after the retrain.
    "t189 collection": {
        "required_f1": 0.94,
        "preferred_f1": 0.91,
        "seniority_accuracy": 0.85,
        "min_years_exact": 0.94,
        "remote_accuracy": 0.99,
        "locations_exact": 0.65,
        "title_accuracy": 0.54,
    },
    "t190 collection": {
        "required_f1": 0.78,
        "preferred_f1": 0.62,
        "seniority_accuracy": 0.85,
        "min_years_exact": 0.96,
        "remote_accuracy": 0.88,
        "locations_exact": 0.62,
        "title_accuracy": 0.37,
    },
    # An eighth collection (stop 75), gathered as the seventh: the 38 t191 read for rules, the 26 t192
    # scored at 3322baf1 and at the stop's end, never read. Floors after the retrain.
    "t191 collection": {
        "required_f1": 0.88,
        "preferred_f1": 0.76,
        "seniority_accuracy": 0.84,
        "min_years_exact": 0.99,
        "remote_accuracy": 0.97,
        "locations_exact": 0.89,
        "title_accuracy": 0.71,
    },
    "t192 collection": {
        "required_f1": 0.85,
        "preferred_f1": 0.67,
        "seniority_accuracy": 0.96,
        "min_years_exact": 0.96,
        "remote_accuracy": 0.92,
        "locations_exact": 0.69,
        "title_accuracy": 0.42,
    },
}


def test_tuning_set_is_varied() -> None:
    files = [json.loads(path.read_text("utf-8")) for path in sorted(TUNING.glob("*.json"))]
    assert len(files) >= 230
    assert {data["labels"]["remote"] for data in files} == {"remote", "hybrid", "onsite", None}
    assert {data["language"] for data in files} == {"en", "de", "fr", "es"}


LAST_BATCH = 192
_BATCH = re.compile(r"^t(\d+)")


def _batch(posting_id: str) -> int | None:
    """ "t14en-acme-dev" -> 14; a first-collection id -> None."""
    found = _BATCH.match(posting_id)
    return int(found.group(1)) if found else None


Parsed = list[tuple[str, str, JobRequirement, dict[str, Any]]]


@contextmanager
def _untraced() -> Iterator[None]:
    """Coverage paused, where `make test` measures it: the floors measure accuracy, and tracing every
    branch of 5,400 parses takes over five minutes (pytest's timeout) where the parses alone take under
    one. The parser's branches are covered by its unit tests.

    Every started Coverage is stopped, not only the current one: in each xdist worker pytest-cov 7.1
    starts two (a master's while options are parsed, then the worker's at session start), and stopping
    the worker's resumes the master's tracer underneath it."""
    stopped: list[coverage.Coverage] = []
    while (current := coverage.Coverage.current()) is not None and current not in stopped:
        current.stop()
        stopped.append(current)
    try:
        yield
    finally:
        for instance in reversed(stopped):
            instance.start()


# Parsing every tuning posting takes about 165 s on one idle core of a 2-core machine and passed 300 s,
# pytest's default timeout, on CI with the other xdist worker busy. The timeout only guards against a hang;
# the floors are what these tests assert.
CORPUS_PARSE_TIMEOUT = pytest.mark.timeout(1200)
# The postings are parsed in two halves, each by a module fixture that only its own tests use: the tests
# named "later_half" are a unit of their own under pytest-xdist (talent_local.pytest_plugin.work_unit), so
# `make test`'s two workers can parse a half each, instead of one of them parsing all while the other waits.
LATER_HALF_FROM = 71  # the first batch of the later half: t71 onwards is about half of the postings


def _in_later_half(posting_id: str) -> bool:
    batch = _batch(posting_id)
    return batch is not None and batch >= LATER_HALF_FROM


def _parsed_half(later: bool) -> Parsed:
    """One half's postings parsed once, whole (as scored): id, text, requirement, labels."""
    postings = [
        (pid, text, labels) for pid, text, labels in load_corpus(TUNING) if _in_later_half(pid) == later
    ]
    with _untraced():
        return [(pid, text, parse_whole(text), labels) for pid, text, labels in postings]


def _part_scores(parsed: Parsed, batches: range) -> dict[str, dict[str, float]]:
    """Scores of each part whose postings are in `parsed`: the first collection, the first and t2
    collections (when `batches` starts at 3), and each batch of `batches`."""
    postings = [(pid, requirement, labels) for pid, _, requirement, labels in parsed]
    parts = [(f"t{n} collection", [p for p in postings if _batch(p[0]) == n]) for n in batches]
    if batches.start == FIRST_BATCH:
        later = tuple(f"t{n}" for n in range(FIRST_BATCH, LAST_BATCH + 1))
        first = [posting for posting in postings if not posting[0].startswith(("t2-", *later))]
        second = [posting for posting in postings if not posting[0].startswith(later)]
        parts = [("first collection", first), ("first and t2 collections", second), *parts]
    return {part: score(chosen).scores() for part, chosen in parts}


FIRST_BATCH = 3  # the batches added after the first collection and t2
EARLY_BATCHES = range(FIRST_BATCH, LATER_HALF_FROM)
LATER_BATCHES = range(LATER_HALF_FROM, LAST_BATCH + 1)


@pytest.fixture(scope="module")
def parsed() -> Parsed:
    """The first collection, t2 and the batches before `LATER_HALF_FROM`, parsed."""
    return _parsed_half(later=False)


@pytest.fixture(scope="module")
def parsed_later_half() -> Parsed:
    """The batches from `LATER_HALF_FROM` on, parsed."""
    return _parsed_half(later=True)


@pytest.fixture(scope="module")
def scores(parsed: Parsed) -> dict[str, dict[str, float]]:
    return _part_scores(parsed, EARLY_BATCHES)


@pytest.fixture(scope="module")
def scores_later_half(parsed_later_half: Parsed) -> dict[str, dict[str, float]]:
    return _part_scores(parsed_later_half, LATER_BATCHES)


def _floor_cases(later: bool) -> list[tuple[str, str]]:
    halves = {part: (_batch(part) or 0) >= LATER_HALF_FROM for part in FLOORS}  # "first collection": 0
    return [(part, metric) for part in FLOORS if halves[part] == later for metric in sorted(FLOORS[part])]


def _assert_above_floor(scores: dict[str, dict[str, float]], part: str, metric: str) -> None:
    got, floor = scores[part][metric], FLOORS[part][metric]
    assert got >= floor, f"{part}: {metric} {got:.3f} < {floor}"


@CORPUS_PARSE_TIMEOUT
@pytest.mark.parametrize(("part", "metric"), _floor_cases(later=False))
def test_tuning_scores_stay_above_their_floor(
    scores: dict[str, dict[str, float]], part: str, metric: str
) -> None:
    _assert_above_floor(scores, part, metric)


@CORPUS_PARSE_TIMEOUT
@pytest.mark.parametrize(("part", "metric"), _floor_cases(later=True))
def test_later_half_tuning_scores_stay_above_their_floor(
    scores_later_half: dict[str, dict[str, float]], part: str, metric: str
) -> None:
    _assert_above_floor(scores_later_half, part, metric)


def test_the_corpus_is_parsed_with_no_coverage_tracer_active() -> None:
    # Under `make test` (xdist workers, --cov) this held the worker's tracer before _untraced stopped
    # every Coverage; traced, the halves took 150 s and 137 s in a full run, 103 s and 92 s untraced.
    with _untraced():
        assert sys.gettrace() is None
    assert (sys.gettrace() is None) == (coverage.Coverage.current() is None)


def test_the_halves_hold_every_tuning_posting_and_floor_once() -> None:
    ids = [pid for pid, _, _ in load_corpus(TUNING)]
    later = [pid for pid in ids if _in_later_half(pid)]
    assert len(ids) // 3 < len(later) < 2 * len(ids) // 3  # about half
    cases = _floor_cases(later=False) + _floor_cases(later=True)
    assert sorted(cases) == sorted((part, metric) for part in FLOORS for metric in FLOORS[part])


def test_second_labels_are_of_tuning_postings_and_mostly_agree() -> None:
    """The 30 postings labelled twice (agreement/) are tuning postings, and the two labellers agree
    far more than parse_jd does: otherwise the labelling guide, not the parser, is what needs work."""
    twice = sorted(path.name for path in (CORPUS / "agreement").glob("*.json"))
    assert len(twice) == 30
    assert all((TUNING / name).exists() for name in twice)
    agreement = label_agreement(CORPUS).scores()
    assert agreement["required_f1"] >= 0.9
    assert agreement["seniority_accuracy"] >= 0.9


def _assert_valid(parsed: Parsed) -> None:
    for _, text, whole, _ in parsed:
        # as a recruiter submits it; the same parse when the posting is within the API's limit
        requirement = whole if as_pasted(text) == text else parse_jd(as_pasted(text))
        JobRequirement.model_validate(requirement.model_dump())
        assert requirement.title
        assert len(requirement.title) <= 200


@CORPUS_PARSE_TIMEOUT
def test_every_tuning_posting_parses_to_a_valid_requirement(parsed: Parsed) -> None:
    _assert_valid(parsed)


@CORPUS_PARSE_TIMEOUT
def test_every_later_half_tuning_posting_parses_to_a_valid_requirement(parsed_later_half: Parsed) -> None:
    _assert_valid(parsed_later_half)


def test_score_counts_precision_recall_aliases_and_places() -> None:
    got = JobRequirement(
        title="X",
        required_skills=["Go", "Python", "Java"],
        seniority="senior",
        min_years=3,
        locations=["München"],
    )
    want = {
        "title": "x",
        "required_skills": ["golang", "Python", "k8s"],
        "seniority": "senior",
        "min_years": 5,
        "locations": ["Munich, Germany"],
    }
    report = score([("one", got, want)])
    assert (report.required.true_positives, report.required.false_positives) == (2, 1)
    assert report.required.false_negatives == 1
    assert report.scores()["required_f1"] == pytest.approx(2 / 3)
    assert report.scores()["seniority_accuracy"] == 1.0
    assert report.scores()["min_years_exact"] == 0.0
    assert report.scores()["locations_exact"] == 1.0
    assert report.scores()["title_accuracy"] == 1.0
    assert Counts().f1 == 1.0  # nothing expected, nothing found


def test_a_skill_found_in_the_other_list_is_counted_as_swapped() -> None:
    """Of the labelled preferred skills, the share parsed as required (and the other way round): how
    much of a recall miss is the split alone, not a name never found."""
    got = JobRequirement(title="X", required_skills=["Go", "Rust"], preferred_skills=["Java"])
    want = {"required_skills": ["Go", "Java"], "preferred_skills": ["Rust", "Kotlin", "Docker", "Helm"]}
    scores = score([("one", got, want)]).scores()
    assert scores["preferred_as_required"] == pytest.approx(1 / 4)  # Rust, of four
    assert scores["required_as_preferred"] == pytest.approx(1 / 2)  # Java, of two
    assert score([]).scores()["preferred_as_required"] == 0.0


def test_intervals_bound_each_score_by_how_much_the_postings_vary() -> None:
    """The bootstrap's 95% interval: none for a field every posting agrees on, a wide one for a field
    right on half of 40 postings (about 0.35-0.65), a narrower one on 400; the same draws each run."""
    right = JobRequirement(title="X", seniority="senior")
    wrong = JobRequirement(title="X", seniority="junior")
    want = {"title": "X", "seniority": "senior"}
    half = [(f"p{n}", right if n % 2 else wrong, want) for n in range(40)]
    low, high = intervals(half)["seniority_accuracy"]
    assert 0.3 < low < 0.4
    assert 0.6 < high < 0.7
    many_low, many_high = intervals(half * 10)["seniority_accuracy"]
    assert low < many_low < 0.5 < many_high < high
    assert intervals(half)["title_accuracy"] == (1.0, 1.0)
    assert intervals(half, seed=3) == intervals(half, seed=3)
    assert intervals([]) == {}
    with pytest.raises(ValueError, match="resamples"):
        intervals(half, resamples=1)


def test_intervals_over_groups_draw_whole_groups() -> None:
    """A cluster bootstrap: 40 postings from 4 repositories, each repository's 10 all right or all wrong,
    are 4 pieces of evidence, not 40, so the interval is far wider than the postings' own (about
    0.35-0.65); a group per posting, or no group given, is the plain bootstrap, draw for draw."""
    right = JobRequirement(title="X", seniority="senior")
    wrong = JobRequirement(title="X", seniority="junior")
    want = {"title": "X", "seniority": "senior"}
    clustered = [(f"p{n}", right if n // 10 % 2 else wrong, want) for n in range(40)]
    by_repository = {f"p{n}": f"repo{n // 10}" for n in range(40)}
    low, high = intervals(clustered, groups=by_repository)["seniority_accuracy"]
    assert low <= 0.25
    assert high >= 0.75
    plain = intervals(clustered)
    assert plain["seniority_accuracy"][0] > 0.3
    assert intervals(clustered, groups={f"p{n}": f"own{n}" for n in range(40)}) == plain
    assert intervals(clustered, groups={"elsewhere": "repo0"}) == plain


def test_source_groups_name_each_postings_repository(tmp_path: Path) -> None:
    """`source_groups`: posting id -> its source repository, case folded ("Acme/Jobs" is "acme/jobs")."""
    for pid, repo in (("a", "Acme/Jobs"), ("b", "acme/jobs"), ("c", "other/site")):
        posting = {"id": pid, "text": "Dev", "labels": {}, "source": {"repo": repo}}
        (tmp_path / f"{pid}.json").write_text(json.dumps(posting), "utf-8")
    assert source_groups(tmp_path) == {"a": "acme/jobs", "b": "acme/jobs", "c": "other/site"}


def test_reports_of_single_postings_sum_to_the_report_of_all() -> None:
    """`Report.absorb`, which the bootstrap sums its draws with: the same scores as scoring all at once."""
    pairs: list[Scored] = [
        ("a", JobRequirement(title="X", required_skills=["Go"], preferred_skills=["Rust"]), {"title": "X"}),
        ("b", JobRequirement(title="Y", seniority="senior"), {"title": "Y", "preferred_skills": ["Go"]}),
        ("c", JobRequirement(title="Z", locations=["Berlin"]), {"required_skills": ["Java"]}),
    ]
    total = score([])
    for pair in pairs:
        total.absorb(score([pair]))
    assert total.scores() == score(pairs).scores()
    assert total.postings == 3


@pytest.mark.parametrize(
    ("interval", "verdict_given"),
    [((0.91, 0.97), "met"), ((0.90, 0.95), "met"), ((0.80, 0.89), "missed"), ((0.85, 0.93), "undecided")],
)
def test_a_target_is_met_or_missed_only_when_the_whole_interval_says_so(
    interval: tuple[float, float], verdict_given: str
) -> None:
    assert verdict(interval, 0.90) == verdict_given


def test_worldwide_compares_as_no_place() -> None:
    """A labeller's "Worldwide" bounds no search, as parse_jd's [] does; a real place still counts."""
    got = JobRequirement(title="X", locations=[])
    assert score([("one", got, {"locations": ["Worldwide"]})]).scores()["locations_exact"] == 1.0
    assert score([("one", got, {"locations": ["Worldwide", "Berlin"]})]).scores()["locations_exact"] == 0.0


@pytest.mark.parametrize(
    ("got", "want", "same"),
    [
        ("Data Scientist", "Data Scientist (m/w/d)", 1.0),
        ("Ingénieur DevOps (F/H/X)", "ingénieur  devops", 1.0),
        ("Data Scientist", "Data Engineer (m/w/d)", 0.0),
    ],
)
def test_a_gender_marker_is_no_part_of_the_title_compared(got: str, want: str, same: float) -> None:
    """The guide leaves open whether a title keeps "(m/w/d)"; the labels differ, so neither side counts it."""
    report = score([("one", JobRequirement(title=got), {"title": want})])
    assert report.scores()["title_accuracy"] == same


def test_second_labels_of_the_heldout_set_name_only_heldout_postings() -> None:
    """agreement-heldout/ holds a second labeller's labels of held-out postings, nothing else: its file
    names exist in heldout/ (only names are compared; neither set's labels are read here)."""
    twice = sorted(path.name for path in (CORPUS / "agreement-heldout").glob("*.json"))
    assert twice
    assert all((CORPUS / "heldout" / name).exists() for name in twice)
    assert not any((TUNING / name).exists() for name in twice)
