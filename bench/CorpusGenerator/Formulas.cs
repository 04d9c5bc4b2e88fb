using System.Collections.Immutable;

namespace Inkstone.CorpusGenerator;

/// <summary>Real formulas from the four subject areas, so the math compiler sees representative input.</summary>
internal static class Formulas
{
    public static readonly ImmutableArray<string> Inline =
    [
        @"O(n \log n)", @"\nabla_\theta J(\theta)", @"d_k", @"\epsilon = 0.2", @"\gamma \in (0, 1)",
        @"\pi_\theta(a \mid s)", @"A^{\pi}(s, a)", @"\mathrm{softmax}(x)_i", @"\sqrt{d_k}", @"\mathbb{E}[X]",
        @"O(n^2 d)", @"\lambda = 0.95", @"dp[i][w]", @"\lfloor n / 2 \rfloor", @"2i + 1", @"\beta_1 = 0.9",
        @"D_{\mathrm{KL}}(p \,\|\, q)", @"\hat{x} = (x - \mu) / \sigma", @"k \ll n", @"W \times H",
    ];

    public static readonly ImmutableArray<string> Display =
    [
        @"\nabla_\theta J(\theta) = \mathbb{E}_{\tau \sim \pi_\theta}\left[\sum_{t=0}^{T} \nabla_\theta \log \pi_\theta(a_t \mid s_t)\, A_t\right]",
        @"L^{\mathrm{CLIP}}(\theta) = \mathbb{E}_t\left[\min\left(r_t(\theta) A_t,\ \mathrm{clip}(r_t(\theta), 1-\epsilon, 1+\epsilon) A_t\right)\right]",
        @"\mathrm{Attention}(Q, K, V) = \mathrm{softmax}\left(\frac{Q K^\top}{\sqrt{d_k}}\right) V",
        @"dp[i][w] = \max\left(dp[i-1][w],\ dp[i-1][w - w_i] + v_i\right)",
        "\\begin{aligned}\nT(n) &= 2T(n/2) + O(n) \\\\\n     &= O(n \\log n)\n\\end{aligned}",
        @"\hat{A}_i = \frac{r_i - \mathrm{mean}(r_1, \dots, r_G)}{\mathrm{std}(r_1, \dots, r_G)}",
        @"D_{\mathrm{KL}}(p \,\|\, q) = \sum_x p(x) \log \frac{p(x)}{q(x)} \ge 0",
        "\\mathrm{LN}(x) = \\gamma \\odot \\frac{x - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}} + \\beta",
        "f(n) = \\begin{cases} 1 & n = 0 \\\\ n \\cdot f(n-1) & n > 0 \\end{cases}",
        @"\mathrm{softmax}(x)_i = \frac{e^{x_i - m}}{\sum_{j} e^{x_j - m}}, \quad m = \max_j x_j",
        "\\begin{pmatrix} \\cos\\theta & -\\sin\\theta \\\\ \\sin\\theta & \\cos\\theta \\end{pmatrix}",
    ];
}
