"""segment/assignment.py: the headline-to-body matching gives SciPy's answer, ties included."""

import random

import pytest

from audiopaper.segment.assignment import max_weight_matching


def test_small_page_matches_each_headline_to_its_best_body():
    # headline 1 wants body 0 most, so headline 0 takes body 1 even though it scores body 0 higher
    scores = [[0.9, 0.8, 0.1], [1.0, 0.2, 0.0]]
    assert max_weight_matching(scores) == [(0, 1), (1, 0)]
    # more headlines than bodies: one headline stays unmatched, rows still ascending
    assert max_weight_matching([[0.1], [0.7], [0.3]]) == [(1, 0)]
    assert max_weight_matching([]) == []


def test_no_score_may_be_nan():
    with pytest.raises(ValueError):
        max_weight_matching([[float("nan"), 1.0]])


@pytest.mark.parametrize("values", ["integers", "one_decimal", "uniform"])
def test_same_matching_as_scipy_on_random_matrices_with_ties(values):
    np = pytest.importorskip("numpy")
    optimize = pytest.importorskip("scipy.optimize")
    rng = random.Random(values)
    draw = {
        "integers": lambda: rng.randint(0, 3),  # many exact ties
        "one_decimal": lambda: round(rng.uniform(-2, 2), 1),  # ties up to float rounding
        "uniform": rng.random,
    }[values]
    for _ in range(1500):
        rows, cols = rng.randint(1, 12), rng.randint(1, 12)
        scores = [[draw() for _ in range(cols)] for _ in range(rows)]
        expected = optimize.linear_sum_assignment(np.array(scores, dtype=float), maximize=True)
        assert max_weight_matching(scores) == [(int(r), int(c)) for r, c in zip(*expected)], scores
