"""The best one-to-one matching of rows to columns of a small score matrix.

The shortest augmenting path method for the rectangular assignment problem (DF Crouse,
"On implementing 2D rectangular assignment algorithms", IEEE Trans. Aerospace and
Electronic Systems 52(4), 2016, pp. 1685-1686), in the order of operations of SciPy's
``linear_sum_assignment`` so that ties are broken the same way: its import alone took
about 50 MB of the build process, for matrices of a page's headlines by its bodies.
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def max_weight_matching(scores: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """(row, column) pairs, rows ascending, of the matching with the largest sum of scores
    that pairs min(rows, columns) of them.

    Ties go as in ``scipy.optimize.linear_sum_assignment(scores, maximize=True)``.
    """
    n_rows = len(scores)
    n_cols = len(scores[0]) if n_rows else 0
    if not n_rows or not n_cols:
        return []
    # the method needs no more rows than columns: a tall matrix is solved transposed
    transposed = n_cols < n_rows
    if transposed:
        cost = [[-float(scores[r][c]) for r in range(n_rows)] for c in range(n_cols)]
        n_rows, n_cols = n_cols, n_rows
    else:
        cost = [[-float(x) for x in row] for row in scores]
    if any(x != x or x == -math.inf for row in cost for x in row):
        raise ValueError("score matrix contains NaN or infinity")
    col_for_row = _solve(cost, n_rows, n_cols)
    if transposed:
        return sorted((col_for_row[c], c) for c in range(n_rows))
    return list(enumerate(col_for_row))


def _solve(cost: list[list[float]], n_rows: int, n_cols: int) -> list[int]:
    u = [0.0] * n_rows
    v = [0.0] * n_cols
    path = [-1] * n_cols
    col_for_row = [-1] * n_rows
    row_for_col = [-1] * n_cols
    for current in range(n_rows):
        # shortest augmenting path from the current row
        shortest = [math.inf] * n_cols
        rows_seen = [False] * n_rows
        cols_seen = [False] * n_cols
        # filled in reverse: a constant matrix gives the identity (as SciPy's)
        remaining = list(range(n_cols - 1, -1, -1))
        min_val = 0.0
        i, sink = current, -1
        while sink == -1:
            index, lowest = -1, math.inf
            rows_seen[i] = True
            cost_i, u_i = cost[i], u[i]
            for it, j in enumerate(remaining):
                r = min_val + cost_i[j] - u_i - v[j]
                if r < shortest[j]:
                    path[j] = i
                    shortest[j] = r
                # among equal costs, a free column (a new sink) wins
                if shortest[j] < lowest or (shortest[j] == lowest and row_for_col[j] == -1):
                    lowest = shortest[j]
                    index = it
            min_val = lowest
            if min_val == math.inf:
                raise ValueError("no feasible assignment")
            j = remaining[index]
            if row_for_col[j] == -1:
                sink = j
            else:
                i = row_for_col[j]
            cols_seen[j] = True
            remaining[index] = remaining[-1]
            remaining.pop()
        # update the dual variables
        u[current] += min_val
        for r in range(n_rows):
            if rows_seen[r] and r != current:
                u[r] += min_val - shortest[col_for_row[r]]
        for c in range(n_cols):
            if cols_seen[c]:
                v[c] -= min_val - shortest[c]
        # augment the previous solution along the path
        j = sink
        while True:
            i = path[j]
            row_for_col[j] = i
            col_for_row[i], j = j, col_for_row[i]
            if i == current:
                break
    return col_for_row
