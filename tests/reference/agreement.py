"""Reference values for Framelens's agreement measures (src/model/agreement.rs).

Computes Cohen's kappa (scikit-learn), Fleiss' kappa (statsmodels) and
Krippendorff's alpha, nominal (the krippendorff package) on deterministic label
sequences, and writes them with their inputs to agreement.json, which the native
tests read. Run once, by hand, after changing the cases:

    python3 -m venv /tmp/refenv
    /tmp/refenv/bin/pip install scikit-learn statsmodels krippendorff
    /tmp/refenv/bin/python tests/reference/agreement.py

Labels are small integers: 0 for no tag, 1 to 4 for Claim, Quote, Framing, Fact.
"""
import json
import pathlib
import random
from importlib.metadata import version

import krippendorff
import numpy as np
import sklearn
import statsmodels
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa


def raters(seed, count, units, agreement):
    """`count` raters labelling `units` words: each copies a shared truth with
    probability `agreement`, else picks a label at random (mostly none)."""
    rng = random.Random(seed)
    truth = [rng.choice([0, 0, 0, 1, 2, 3, 4]) for _ in range(units)]
    return [
        [t if rng.random() < agreement else rng.choice([0, 0, 1, 2, 3, 4]) for t in truth]
        for _ in range(count)
    ]


CASES = [
    ("two raters, close", 11, 2, 60, 0.85),
    ("two raters, loose", 12, 2, 80, 0.4),
    ("five raters, a class", 13, 5, 200, 0.7),
    ("eight raters, little agreement", 14, 8, 120, 0.2),
    ("three raters, few words", 15, 3, 9, 0.6),
]

cases = []
for name, seed, count, units, agreement in CASES:
    ratings = raters(seed, count, units, agreement)
    table, _ = aggregate_raters(np.array(ratings).T)
    cases.append({
        "name": name,
        "ratings": ratings,
        "cohen_first_two": float(cohen_kappa_score(ratings[0], ratings[1])),
        "fleiss": float(fleiss_kappa(table, method="fleiss")),
        "krippendorff_nominal": float(
            krippendorff.alpha(reliability_data=np.array(ratings), level_of_measurement="nominal")
        ),
    })

out = pathlib.Path(__file__).with_name("agreement.json")
made_with = {"scikit-learn": sklearn.__version__, "statsmodels": statsmodels.__version__,
             "krippendorff": version("krippendorff")}
# One case a line, so that a change shows as a small diff.
out.write_text(
    f'{{"made_with": {json.dumps(made_with)},\n"cases": [\n'
    + ",\n".join(json.dumps(case) for case in cases)
    + "\n]}\n"
)
print(f"wrote {out}")
