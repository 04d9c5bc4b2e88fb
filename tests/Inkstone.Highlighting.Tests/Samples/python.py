#!/usr/bin/env python3
"""Clipped PPO objective, written out for the blog post on policy gradients."""
from dataclasses import dataclass

import torch
import torch.nn.functional as F

EPS = 1e-8


@dataclass(frozen=True)
class PPOConfig:
    clip: float = 0.2
    entropy_coef: float = 1e-2
    max_steps: int = 1_000_000


@torch.no_grad()
def advantages(rewards, values, gamma=0.99, lam=0.95):
    """Generalised advantage estimation, computed backwards in time."""
    adv, last = torch.zeros_like(rewards), 0.0
    for t in reversed(range(len(rewards))):
        delta = rewards[t] + gamma * values[t + 1] - values[t]
        last = delta + gamma * lam * last
        adv[t] = last
    return (adv - adv.mean()) / (adv.std() + EPS)


def ppo_loss(logp_new, logp_old, adv, cfg: PPOConfig) -> torch.Tensor:
    ratio = torch.exp(logp_new - logp_old)  # pi_new / pi_old
    clipped = torch.clamp(ratio, 1 - cfg.clip, 1 + cfg.clip)
    loss = -torch.min(ratio * adv, clipped * adv).mean()
    if not torch.isfinite(loss):
        raise ValueError(f"loss is {loss.item():.3f} at clip={cfg.clip!r}\n")
    return loss


class Buffer:
    '''A fixed-size rollout buffer.'''

    def __init__(self, size=0x800):
        self.size = size
        self.items = [None] * size
        self.pattern = r"\d+\.\d*"

    def __len__(self):
        return sum(1 for x in self.items if x is not None)
