# mu_t as torch.optim.NAdam computes it, and the current gradient's share
# of the step, (1 - mu_t) + mu_{t+1} * (1 - beta1), for two momentum_decay.
def mu(t, psi):
    return 0.9 * (1 - 0.5 * 0.96 ** (t * psi))


print("  step  momentum_decay=0.004    momentum_decay=1")
print("         mu_t   g_t's share    mu_t   g_t's share")
for t in (10, 100, 1000, 5000, 20000, 100000):
    cells = [f"{mu(t, p):.3f}    {1 - mu(t, p) + mu(t + 1, p) * 0.1:.3f}"
             for p in (0.004, 1.0)]
    print(f"{t:6d}   {cells[0]}   {cells[1]}")
print("Adam, for comparison: g_t's share of m_t is 0.100")
