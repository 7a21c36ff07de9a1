# Needs scratch_muon.py (shown above) in the same folder.
import torch
from scratch_muon import newton_schulz

# A 6x4 "gradient" G = U S V^T whose singular values span three decades.
torch.manual_seed(0)
U = torch.linalg.qr(torch.randn(6, 4)).Q
V = torch.linalg.qr(torch.randn(4, 4)).Q
G = U @ torch.diag(torch.tensor([10.0, 1.0, 0.1, 0.01])) @ V.T


def singular_values(M):
    return [round(s, 3) for s in torch.linalg.svdvals(M.float()).tolist()]


print("G:", singular_values(G))
abc = (3.4445, -4.7750, 2.0315)  # torch's default ns_coefficients
for steps in [0, 1, 2, 3, 4, 5]:
    O = newton_schulz(G, abc, steps, eps=1e-7)
    print(f"{steps} NS steps: {singular_values(O)}")
print("dtype of the result:", O.dtype)
# O = U f(S) V^T keeps G's singular vectors: U^T O V is diagonal.
D = U.T @ O.float() @ V
print("largest off-diagonal of U^T O V:",
      f"{(D - torch.diag(D.diagonal())).abs().max():.3f}")
