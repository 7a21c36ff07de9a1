# scratch_strong_wolfe.py: save this file; scratch_lbfgs.py imports it.
# A point is [t, f(x + t d), g(x + t d), its slope g'd]; f, g, gtd at t=0.


def cubic_min(t1, f1, s1, t2, f2, s2, bounds=None):
    """Minimizer of the cubic through (t1, f1, slope s1), (t2, f2, s2)."""
    lo, hi = bounds if bounds is not None else sorted((t1, t2))
    d1 = s1 + s2 - 3 * (f1 - f2) / (t1 - t2)
    d2_square = d1**2 - s1 * s2
    if d2_square >= 0:
        d2 = d2_square.sqrt()
        if t1 <= t2:
            t = t2 - (t2 - t1) * ((s2 + d2 - d1) / (s2 - s1 + 2 * d2))
        else:
            t = t1 - (t1 - t2) * ((s1 + d2 - d1) / (s1 - s2 + 2 * d2))
        return min(max(t, lo), hi)
    return (lo + hi) / 2.0  # no real minimizer: bisect


def strong_wolfe(evaluate, x, t, d, f, g, gtd, c1=1e-4, c2=0.9,
                 tolerance_change=1e-9, max_ls=25):
    d_norm = d.abs().max()
    f_new, g_new = evaluate(x, t, d)
    evals, ls_iter, done = 1, 0, False
    prev, new = [0, f, g, gtd], [t, f_new, g_new, g_new.dot(d)]
    # 1. bracketing: find an interval that holds an acceptable t
    while ls_iter < max_ls:
        t, f_new, g_new, gtd_new = new
        # not enough decrease (Armijo), or worse than the last try
        if f_new > f + c1 * t * gtd or (ls_iter > 1 and f_new >= prev[1]):
            bracket = [prev, new]
            break
        # the strong Wolfe conditions hold at t: done
        if abs(gtd_new) <= -c2 * gtd:
            bracket, done = [new], True
            break
        # the slope turned uphill: a minimum lies in [prev, new]
        if gtd_new >= 0:
            bracket = [prev, new]
            break
        # still going down: try further, up to 10 t
        t_next = cubic_min(prev[0], prev[1], prev[3], t, f_new, gtd_new,
                           bounds=(t + 0.01 * (t - prev[0]), t * 10))
        prev = new
        f_new, g_new = evaluate(x, t_next, d)
        new = [t_next, f_new, g_new, g_new.dot(d)]
        evals, ls_iter = evals + 1, ls_iter + 1
    if ls_iter == max_ls:  # out of evaluations
        bracket = [[0, f, g, None], new]
    # 2. zoom: shrink the bracket until a t meets both conditions
    insuf_progress = False
    low, high = (0, 1) if bracket[0][1] <= bracket[-1][1] else (1, 0)
    while not done and ls_iter < max_ls:
        (a, f_a, _, s_a), (b, f_b, _, s_b) = bracket
        if abs(b - a) * d_norm < tolerance_change:
            break
        t = cubic_min(a, f_a, s_a, b, f_b, s_b)
        lo, hi = min(a, b), max(a, b)
        eps = 0.1 * (hi - lo)
        if min(hi - t, t - lo) < eps:  # t is near an end of the bracket
            if insuf_progress or t >= hi or t <= lo:  # move it 10% in
                t = hi - eps if abs(t - hi) < abs(t - lo) else lo + eps
                insuf_progress = False
            else:
                insuf_progress = True
        else:
            insuf_progress = False
        f_new, g_new = evaluate(x, t, d)
        new = [t, f_new, g_new, g_new.dot(d)]
        evals, ls_iter = evals + 1, ls_iter + 1
        if f_new > f + c1 * t * gtd or f_new >= bracket[low][1]:
            # not low enough: t replaces the high end
            bracket[high] = new
            low, high = (0, 1) if bracket[0][1] <= bracket[1][1] else (1, 0)
        else:
            if abs(new[3]) <= -c2 * gtd:
                done = True
            elif new[3] * (bracket[high][0] - bracket[low][0]) >= 0:
                # keep a minimum inside: the old low end becomes high
                bracket[high] = bracket[low]
            bracket[low] = new
    t, f_new, g_new, _ = bracket[low]
    return f_new, g_new, t, evals
